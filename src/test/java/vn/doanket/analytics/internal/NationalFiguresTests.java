package vn.doanket.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.analytics.Analytics;
import vn.doanket.analytics.ValueChange;
import vn.doanket.indicators.CatalogueEditor;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorDraft;
import vn.doanket.indicators.Period;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;

/**
 * The national generator writes raw values and the roll-up together, and they agree. Runs on the
 * communes of Đắk Lắk (66) with indicators of its own (TGEN_*), not on the whole shared database.
 */
@IntegrationTest
class NationalFiguresTests {

    @Autowired
    NationalFigures figures;

    @Autowired
    BulkLoader loader;

    @Autowired
    Hierarchy hierarchy;

    @Autowired
    CatalogueEditor editor;

    @Autowired
    Analytics analytics;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    static IndicatorDraft draft(String code, String aggregation, List<String> levels, String num, String den) {
        boolean ratio = aggregation.equals("RATIO");
        return new IndicatorDraft(
                code,
                "Chỉ tiêu " + code,
                "Indicator " + code,
                ratio ? "%" : "hộ",
                ratio ? "%" : "households",
                ratio ? "SHARE" : "INTEGER",
                aggregation,
                aggregation,
                levels,
                null,
                null,
                null,
                num,
                den,
                ratio ? "100" : null,
                null,
                null,
                null,
                null);
    }

    @Test
    void rawValuesAndTheRollUpAreLoadedTogetherAndAgree() {
        Indicator total = editor.create(draft("TGEN_HOUSEHOLDS", "SUM", List.of("COMMUNE"), null, null));
        Indicator part = editor.create(draft("TGEN_HOUSEHOLDS_POOR", "SUM", List.of("COMMUNE"), null, null));
        editor.create(draft("TGEN_POOR_SHARE", "RATIO", List.of(), "TGEN_HOUSEHOLDS_POOR", "TGEN_HOUSEHOLDS"));
        List<Long> communes = units.children(units.get("66"), LocalDate.now()).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE)
                .map(Unit::id)
                .toList();
        List<NationalFigures.Block> blocks = List.of(
                new NationalFigures.Block(
                        total, List.of("DEFAULT"), communes, UnitKind.COMMUNE, NationalFigures.QUARTERS_AFTER),
                new NationalFigures.Block(
                        part, List.of("DEFAULT"), communes, UnitKind.COMMUNE, NationalFigures.QUARTERS_AFTER));
        hierarchy.reload();

        BulkLoader.Full r = loader.loadWithRawValues(() -> figures.values(blocks), "test");

        // the raw table's indexes and unique key, dropped for the copy, are back
        assertThat(jdbc.sql("select indexname from pg_indexes where tablename = 'ind_data_value'")
                        .query(String.class)
                        .list())
                .contains("ind_data_value_key_uq", "ind_data_value_unit_period_idx", "ind_data_value_pkey");
        // the copy filled its pages; the table's own room for updates is back for the rows written after it
        assertThat(jdbc.sql("select array_to_string(reloptions, ',') from pg_class where relname = 'ind_data_value'")
                        .query(String.class)
                        .single())
                .contains("fillfactor=50");
        double rowsPerPage = jdbc.sql(
                        """
                        select count(*)::float8 / count(distinct (ctid::text::point)[0]) from ind_data_value
                        where indicator_id in (:t, :p)""")
                .param("t", total.id())
                .param("p", part.id())
                .query(Double.class)
                .single();
        assertThat(rowsPerPage).as("copied rows fill their pages").isGreaterThan(45);
        long expected = 2L * communes.size() * NationalFigures.QUARTERS_AFTER.size();
        assertThat(NationalFigures.size(blocks)).isEqualTo(expected);
        assertThat(r.rawValues()).isEqualTo(expected);
        assertThat(r.analytics().values()).isEqualTo(expected);
        BigDecimal raw = jdbc.sql(
                        """
                        select sum(numeric_value) from ind_data_value v join org_unit u on u.id = v.unit_id
                        where v.indicator_id = :i and v.period_id = '2025Q4' and u.path like :p""")
                .param("i", total.id())
                .param("p", units.get("66").treePath() + "%")
                .query(BigDecimal.class)
                .single();
        assertThat(analytics
                        .value("TGEN_HOUSEHOLDS", "66", Period.parse("2025Q4"))
                        .value())
                .isEqualByComparingTo(raw);
        assertThat(jdbc.sql(
                                """
                                select count(*) from ind_data_value p join ind_data_value t
                                  on t.unit_id = p.unit_id and t.period_id = p.period_id and t.indicator_id = :t
                                where p.indicator_id = :p and p.numeric_value > t.numeric_value""")
                        .param("t", total.id())
                        .param("p", part.id())
                        .query(Long.class)
                        .single())
                .as("a ratio's numerator never exceeds its denominator")
                .isZero();
        BigDecimal share =
                analytics.value("TGEN_POOR_SHARE", "66", Period.parse("2025")).value();
        assertThat(share).isBetween(new BigDecimal("60"), new BigDecimal("99"));

        // the generator leaves units that already report alone, so a second run adds nothing
        assertThat(figures.plan()).allSatisfy(b -> assertThat(b.units()).doesNotContainAnyElementsOf(communes));
    }

    @Test
    void figuresAreTheSameOnEveryRunAndInsideTheIndicatorsRange() {
        Indicator supervisions = editor.definitions().stream()
                .map(d -> d.indicator())
                .filter(i -> i.code().equals("RA_CULTURAL"))
                .findFirst()
                .orElseThrow();
        List<NationalFigures.Block> blocks = List.of(new NationalFigures.Block(
                supervisions,
                List.of("DEFAULT"),
                List.of(1L, 2L, 3L),
                UnitKind.COMMUNE,
                NationalFigures.QUARTERS_AFTER));
        assertThat(list(figures.values(blocks))).isEqualTo(list(figures.values(blocks)));
        assertThat(list(figures.values(blocks))).hasSize(15).allSatisfy(v -> assertThat(v.value())
                .isNotNegative());
    }

    @Test
    void aLargeCopyNamingAUnitThatDoesNotExistWritesNothingAndKeepsTheKeys(
            @Autowired vn.doanket.indicators.DataValueCopy copy) {
        Indicator households = editor.create(draft("TGEN_ORPHAN", "SUM", List.of("COMMUNE"), null, null));
        long unit = units.get("66").id();
        long before = jdbc.sql("select count(*) from ind_data_value")
                .query(Long.class)
                .single();
        var values = List.of(
                        new vn.doanket.indicators.DataValueCopy.NewValue(
                                households.id(), unit, null, Period.parse("2025Q4"), BigDecimal.TEN),
                        new vn.doanket.indicators.DataValueCopy.NewValue(
                                households.id(), 987_654_321L, null, Period.parse("2025Q4"), BigDecimal.ONE))
                .iterator();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> copy.copy(values, "test", true))
                // the table has no foreign keys (V70): every copy checks the names after the COPY
                .hasMessageContaining("do not exist");
        var small = List.of(new vn.doanket.indicators.DataValueCopy.NewValue(
                        households.id(), 987_654_321L, null, Period.parse("2025Q3"), BigDecimal.ONE))
                .iterator();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> copy.copy(small, "test", false))
                .hasMessageContaining("do not exist");
        assertThat(jdbc.sql("select count(*) from ind_data_value")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        // the failed copy's dropped keys, the primary one included, came back with its rollback
        assertThat(jdbc.sql("select conname from pg_constraint where conrelid = 'ind_data_value'::regclass")
                        .query(String.class)
                        .list())
                .contains("ind_data_value_key_uq", "ind_data_value_pkey");
    }

    @Test
    void aLargeCopyKeepsThePrimaryKeyThatAnotherTableRefersTo(@Autowired vn.doanket.indicators.DataValueCopy copy) {
        Indicator households = editor.create(draft("TGEN_REFERRED", "SUM", List.of("COMMUNE"), null, null));
        long unit = units.get("66").id();
        jdbc.sql("create table tgen_value_note (value_id bigint references ind_data_value (id))")
                .update();
        try {
            var values = List.of(new vn.doanket.indicators.DataValueCopy.NewValue(
                            households.id(), unit, null, Period.parse("2025Q4"), BigDecimal.TEN))
                    .iterator();

            assertThat(copy.copy(values, "test", true)).isEqualTo(1);

            // dropping the key would have taken the other table's foreign key with it (or failed)
            assertThat(jdbc.sql("select contype from pg_constraint where conrelid = 'ind_data_value'::regclass")
                            .query(String.class)
                            .list())
                    .contains("p");
            assertThat(jdbc.sql("select count(*) from pg_constraint where confrelid = 'ind_data_value'::regclass")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1L);
        } finally {
            jdbc.sql("drop table tgen_value_note").update();
        }
    }

    static List<ValueChange> list(Iterator<ValueChange> it) {
        List<ValueChange> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
