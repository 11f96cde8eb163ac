package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;

/** What a save reads of its unit and period in one query: the outlier history is the newest values only. */
@IntegrationTest
class FormStateTests {

    @Autowired
    DataValueStore store;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHistoryOfAFieldIsItsValuesOfTheEightPeriodsOfItsTypeJustBefore() {
        long unit = jdbc.sql(
                        """
                        select u.id from org_unit u where u.kind = 'COMMUNE' and u.valid_to is null
                          and not exists (select 1 from ind_data_value v where v.unit_id = u.id)
                        order by u.code desc limit 1""")
                .query(Long.class)
                .single();
        long blood = catalogue.get("BLOOD_UNITS").id();
        // nine earlier quarters, the oldest far larger than the rest; a year and a later quarter besides
        String[][] rows = {
            {"2023Q1", "1000"}, {"2023Q2", "40"}, {"2023Q3", "41"}, {"2023Q4", "42"}, {"2024Q1", "43"},
            {"2024Q2", "44"}, {"2024Q3", "45"}, {"2024Q4", "46"}, {"2025Q1", "30"}, {"2025Q3", "5000"}
        };
        for (String[] r : rows) {
            insert(blood, unit, Period.parse(r[0]), "DEFAULT", r[1]);
        }
        insert(blood, unit, Period.parse("2024"), "DEFAULT", "9999");
        insert(blood, unit, Period.parse("2025Q2"), "DEFAULT", "47");

        DataValueStore.StateKey key = new DataValueStore.StateKey(unit, Period.parse("2025Q2"));
        DataValueStore.FormState state =
                store.formStates(List.of(key), OutlierCheck.HISTORY, id -> null).get(key.id());

        OutlierCheck.History history = state.histories().get(blood + "|DEFAULT");
        assertThat(history.count()).isEqualTo(8);
        assertThat(history.min()).isEqualByComparingTo("30");
        assertThat(history.max()).isEqualByComparingTo("46");
        assertThat(state.current()).singleElement().satisfies(v -> assertThat(v.number())
                .isEqualByComparingTo("47"));
        // read without the catalogue's codes: the store looks the code up itself
        assertThat(state.current().get(0).indicatorCode()).isEqualTo("BLOOD_UNITS");
        assertThat(state.locks()).isEmpty();
        // so 200 is far above what the unit reported lately, although 2023 once saw 1,000
        assertThat(OutlierCheck.warning(new BigDecimal("200"), history)).isPresent();
    }

    @Test
    void theReadPlansGenericallyWithoutChangingHowTheRestOfTheTransactionPlans(
            @Autowired org.springframework.transaction.PlatformTransactionManager transactions) {
        long unit = jdbc.sql("select id from org_unit where kind = 'COMMUNE' and valid_to is null limit 1")
                .query(Long.class)
                .single();
        DataValueStore.StateKey key = new DataValueStore.StateKey(unit, Period.parse("2025Q2"));
        String after = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            store.formStates(List.of(key), OutlierCheck.HISTORY, id -> null);
            return jdbc.sql("select current_setting('plan_cache_mode')")
                    .query(String.class)
                    .single();
        });

        // an upload goes on in the same transaction with its statements planned as before the read
        assertThat(after).isEqualTo("force_custom_plan");
    }

    @Test
    void theStatesOfSeveralUnitsAndPeriodsAreReadTogetherEachKeptApart() {
        List<Long> units = jdbc.sql(
                        """
                        select u.id from org_unit u where u.kind = 'COMMUNE' and u.valid_to is null
                          and not exists (select 1 from ind_data_value v where v.unit_id = u.id)
                        order by u.code limit 3""")
                .query(Long.class)
                .list();
        long a = units.get(0);
        long b = units.get(1);
        long empty = units.get(2);
        long blood = catalogue.get("BLOOD_UNITS").id();
        for (String[] r : new String[][] {{"2024Q3", "10"}, {"2024Q4", "12"}, {"2025Q1", "14"}, {"2025Q2", "16"}}) {
            insert(blood, a, Period.parse(r[0]), "DEFAULT", r[1]);
        }
        insert(blood, b, Period.parse("2025Q1"), "DEFAULT", "900");
        // ten quarters before 2025Q2: older than the eight periods the history looks back
        insert(blood, b, Period.parse("2022Q4"), "DEFAULT", "5");
        insert(blood, b, Period.parse("2025Q2"), "DEFAULT", "901");

        Period q2 = Period.parse("2025Q2");
        Period q1 = Period.parse("2025Q1");
        Map<String, DataValueStore.FormState> states = store.formStates(
                List.of(
                        new DataValueStore.StateKey(a, q2),
                        new DataValueStore.StateKey(b, q2),
                        new DataValueStore.StateKey(a, q1),
                        new DataValueStore.StateKey(empty, q2)),
                OutlierCheck.HISTORY,
                id -> id == blood ? "BLOOD_UNITS" : null);

        String field = blood + "|DEFAULT";
        DataValueStore.FormState aQ2 = states.get(a + "|2025Q2");
        assertThat(aQ2.current()).singleElement().satisfies(v -> assertThat(v.number())
                .isEqualByComparingTo("16"));
        assertThat(aQ2.histories().get(field).count()).isEqualTo(3);
        assertThat(aQ2.histories().get(field).max()).isEqualByComparingTo("14");
        DataValueStore.FormState aQ1 = states.get(a + "|2025Q1");
        assertThat(aQ1.current()).singleElement().satisfies(v -> assertThat(v.number())
                .isEqualByComparingTo("14"));
        assertThat(aQ1.histories().get(field).count()).isEqualTo(2);
        DataValueStore.FormState bQ2 = states.get(b + "|2025Q2");
        assertThat(bQ2.current()).singleElement().satisfies(v -> assertThat(v.number())
                .isEqualByComparingTo("901"));
        assertThat(bQ2.histories().get(field).min()).isEqualByComparingTo("900");
        assertThat(bQ2.histories().get(field).count()).isEqualTo(1);
        assertThat(bQ2.current().get(0).indicatorCode()).isEqualTo("BLOOD_UNITS");
        DataValueStore.FormState none = states.get(empty + "|2025Q2");
        assertThat(none.current()).isEmpty();
        assertThat(none.histories()).isEmpty();
        // and one key alone answers as the round's read does
        DataValueStore.StateKey alone = new DataValueStore.StateKey(a, q2);
        assertThat(store.formStates(List.of(alone), OutlierCheck.HISTORY, id -> null)
                        .get(alone.id())
                        .histories()
                        .get(field)
                        .count())
                .isEqualTo(3);
    }

    private void insert(long indicator, long unit, Period p, String option, String value) {
        jdbc.sql(
                        """
                        insert into ind_data_value (indicator_id, unit_id, period_id, period_type, period_start,
                               period_end, option_code, numeric_value, created_by, updated_by)
                        values (:i, :u, :p, :t, :s, :e, :o, :v, 'test', 'test')""")
                .param("i", indicator)
                .param("u", unit)
                .param("p", p.id())
                .param("t", p.type().name())
                .param("s", p.start())
                .param("e", p.end())
                .param("o", option)
                .param("v", new BigDecimal(value))
                .update();
    }
}
