package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.doanket.IntegrationTest;

/**
 * Whole forms saved at the same moment by different people, which data entry writes in shared rounds:
 * every form stored and audited under its own saver's name, a form refused for its own rows answered
 * alone while the others are saved, and a form that meets a value changed meanwhile refused alone.
 */
@IntegrationTest
class CombinedSavesTests {

    static final int SAVERS = 12;
    static final String PERIOD = "2026Q1";

    @Autowired
    DataEntry entry;

    @Autowired
    JdbcClient jdbc;

    List<String> communes() {
        return jdbc.sql(
                        """
                        select code from org_unit where kind = 'COMMUNE' and valid_to is null
                        order by md5(code || 'combined-saves') limit :n""")
                .param("n", SAVERS)
                .query(String.class)
                .list();
    }

    static List<DataValueInput> form(String unit, String meetings, Integer version) {
        int v = version == null ? 0 : version;
        List<DataValueInput> rows = new ArrayList<>();
        rows.add(
                version == null
                        ? new DataValueInput("VOTER_MEETINGS", unit, PERIOD, null, meetings, null, null, null)
                        : DataValueInput.typed("VOTER_MEETINGS", unit, PERIOD, null, meetings, v));
        rows.add(new DataValueInput("VOTER_OPINIONS", unit, PERIOD, null, "37", null, null, null));
        rows.add(new DataValueInput("PETITIONS_ANSWERED", unit, PERIOD, null, "2", null, null, null));
        return rows;
    }

    /** Each saver on its own thread with its own name, all starting together; "refused: code" or the summary. */
    List<String> saveTogether(List<List<DataValueInput>> forms) throws Exception {
        return saveTogether(forms, UnitScope.EVERYWHERE);
    }

    List<String> saveTogether(List<List<DataValueInput>> forms, UnitScope scope) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(forms.size());
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < forms.size(); i++) {
                String who = "saver-" + i;
                List<DataValueInput> rows = forms.get(i);
                Callable<String> saver = () -> {
                    SecurityContextHolder.getContext()
                            .setAuthentication(new UsernamePasswordAuthenticationToken(who, null, List.of()));
                    try {
                        start.await();
                        ImportSummary s = entry.saveAll(rows, scope);
                        return "saved " + (s.created() + s.updated() + s.unchanged());
                    } catch (DataImportRejectedException e) {
                        return "refused: " + e.errors().get(0).code();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(pool.submit(saver));
            }
            start.countDown();
            List<String> out = new ArrayList<>();
            for (Future<String> f : results) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    List<String> savedBy(String unit) {
        return jdbc.sql(
                        """
                        select distinct v.updated_by from ind_data_value v join org_unit u on u.id = v.unit_id
                        where u.code = :c and u.valid_to is null and v.period_id = :p""")
                .param("c", unit)
                .param("p", PERIOD)
                .query(String.class)
                .list();
    }

    String lastAuditActor(String unit) {
        return jdbc.sql(
                        """
                        select a.actor from audit_entry a join org_unit u on u.id = a.unit_id
                        where u.code = :c and u.valid_to is null and a.entity = 'ind_data_value'
                        order by a.id desc limit 1""")
                .param("c", unit)
                .query(String.class)
                .single();
    }

    String meetings(String unit) {
        return entry.find("VOTER_MEETINGS", unit, PERIOD, null)
                .map(DataValue::display)
                .orElse(null);
    }

    @Test
    void formsSavedTogetherAreEachStoredAndAuditedUnderTheirOwnSaver() throws Exception {
        List<String> units = communes();
        List<List<DataValueInput>> forms = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            forms.add(form(units.get(i), Integer.toString(10 + i), null));
        }
        assertThat(saveTogether(forms)).containsOnly("saved 3");
        // rows written by one transaction share its id: twelve forms arriving together took fewer
        long transactions = jdbc.sql(
                        """
                        select count(distinct v.xmin::text) from ind_data_value v join org_unit u on u.id = v.unit_id
                        where u.code in (:codes) and u.valid_to is null and v.period_id = :p""")
                .param("codes", units)
                .param("p", PERIOD)
                .query(Long.class)
                .single();
        assertThat(transactions).isBetween(1L, (long) SAVERS - 1);
        for (int i = 0; i < units.size(); i++) {
            assertThat(meetings(units.get(i))).isEqualTo(Integer.toString(10 + i));
            assertThat(savedBy(units.get(i))).containsExactly("saver-" + i);
            assertThat(lastAuditActor(units.get(i))).isEqualTo("saver-" + i);
        }
    }

    @Test
    void aFormRefusedForItsOwnRowsOrForAStaleValueIsAnsweredAloneAndTheOthersAreSaved() throws Exception {
        List<String> units = communes();
        // every form once, so that each has a version 1 to be stale against
        List<List<DataValueInput>> first = new ArrayList<>();
        for (String u : units) {
            first.add(form(u, "1", null));
        }
        assertThat(saveTogether(first)).containsOnly("saved 3");
        List<List<DataValueInput>> forms = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (i == 3) {
                forms.add(form(units.get(i), "nhiều", null)); // text in a number field
            } else if (i == 7) {
                forms.add(form(units.get(i), "77", 5)); // the saver saw version 5; it is not
            } else {
                forms.add(form(units.get(i), Integer.toString(200 + i), null));
            }
        }
        List<String> answers = saveTogether(forms);
        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i);
            if (i == 3) {
                assertThat(answers.get(i)).isEqualTo("refused: ind.value-not-a-number");
                assertThat(meetings(unit)).isEqualTo("1");
            } else if (i == 7) {
                assertThat(answers.get(i)).isEqualTo("refused: ind.value-changed-by-someone-else");
                assertThat(meetings(unit)).isEqualTo("1");
            } else {
                assertThat(answers.get(i)).startsWith("saved");
                assertThat(meetings(unit)).isEqualTo(Integer.toString(200 + i));
                assertThat(lastAuditActor(unit)).isEqualTo("saver-" + i);
            }
        }
    }

    @Test
    void aScopeThatAsksWhoIsSignedInIsAnsweredForEachSaverNotForTheThreadWritingTheRound() throws Exception {
        List<String> units = communes();
        List<List<DataValueInput>> forms = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            forms.add(form(units.get(i), Integer.toString(300 + i), null));
        }
        // as the upload page's scope does: saver-i may enter figures for the i-th commune only
        UnitScope ownCommune = unit -> {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getName().equals("saver-" + units.indexOf(unit.code()));
        };
        assertThat(saveTogether(forms, ownCommune)).containsOnly("saved 3");
        for (int i = 0; i < units.size(); i++) {
            assertThat(meetings(units.get(i))).isEqualTo(Integer.toString(300 + i));
        }
        // and a saver sending another's commune is refused, whoever writes the round
        List<List<DataValueInput>> swapped = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            swapped.add(form(units.get((i + 1) % units.size()), "9", null));
        }
        assertThat(saveTogether(swapped, ownCommune)).containsOnly("refused: ind.unit-outside-scope");
    }
}
