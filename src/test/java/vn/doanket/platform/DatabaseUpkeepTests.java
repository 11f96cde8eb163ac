package vn.doanket.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;

@IntegrationTest
class DatabaseUpkeepTests {

    @Autowired
    DatabaseUpkeep upkeep;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNightsUpkeepTakesTheTablesThatChangedAndOnlyThose() throws Exception {
        String changed = probe("changed", 5000, 1000);
        String quiet = probe("quiet", 10, 0);
        try {
            List<DatabaseUpkeep.Done> done = upkeep.runNow();

            assertThat(done)
                    .extracting(DatabaseUpkeep.Done::table)
                    .contains(changed)
                    .doesNotContain(quiet);
            DatabaseUpkeep.Done probe = done.stream()
                    .filter(d -> d.table().equals(changed))
                    .findFirst()
                    .orElseThrow();
            assertThat(probe.changedSinceAnalyze()).isEqualTo(6000);
            // 5,000 rows inserted, and up to 1,000 old versions left by the update (fewer if pruned already)
            assertThat(probe.changedSinceVacuum()).isBetween(5000L, 6000L);
            Map<String, Object> after = stats(changed);
            assertThat(((Number) after.get("vacuum_count")).longValue()).isEqualTo(1);
            assertThat(((Number) after.get("analyze_count")).longValue()).isEqualTo(1);
            assertThat(((Number) after.get("n_mod_since_analyze")).longValue()).isZero();
            assertThat(((Number) after.get("n_dead_tup")).longValue()).isZero();
            Map<String, Object> untouched = stats(quiet);
            assertThat(((Number) untouched.get("vacuum_count")).longValue()).isZero();
            assertThat(((Number) untouched.get("analyze_count")).longValue()).isZero();

            // done once, it is not due again until the table changes again
            assertThat(upkeep.runNow()).extracting(DatabaseUpkeep.Done::table).doesNotContain(changed, quiet);
        } finally {
            drop(changed, quiet);
        }
    }

    @Test
    void whenAnotherInstanceIsDoingTheUpkeepThisOneLeavesIt() throws Exception {
        String changed = probe("other", 3000, 0);
        try {
            try (Connection other = dataSource.getConnection();
                    Statement s = other.createStatement()) {
                other.setAutoCommit(true);
                s.execute("select pg_advisory_lock(" + DatabaseUpkeep.LOCK + ")");
                assertThat(upkeep.runNow()).isEmpty();
                assertThat(((Number) stats(changed).get("vacuum_count")).longValue())
                        .isZero();
                s.execute("select pg_advisory_unlock(" + DatabaseUpkeep.LOCK + ")");
            }
            assertThat(upkeep.runNow()).extracting(DatabaseUpkeep.Done::table).contains(changed);
            // and gives the lock back: a second run may take it again
            assertThat(jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and objid = :k")
                            .param("k", DatabaseUpkeep.LOCK)
                            .query(Long.class)
                            .single())
                    .isZero();
        } finally {
            drop(changed);
        }
    }

    @Test
    void theUpkeepRunsEachNightAtItsHourInVietnam() {
        LocalTime at = LocalTime.of(2, 30);
        // {now, next run}: later the same night, the next night once it is past, and the year's last night
        int[][] cases = {
            {2026, 12, 6, 23, 15, 2026, 12, 7},
            {2026, 12, 7, 1, 0, 2026, 12, 7},
            {2026, 12, 7, 2, 30, 2026, 12, 8},
            {2026, 12, 31, 8, 0, 2027, 1, 1},
        };
        for (int[] c : cases) {
            ZonedDateTime now = ZonedDateTime.of(c[0], c[1], c[2], c[3], c[4], 0, 0, VietnamTime.ZONE);
            assertThat(DatabaseUpkeep.next(now, at))
                    .as("after " + now)
                    .isEqualTo(ZonedDateTime.of(c[5], c[6], c[7], 2, 30, 0, 0, VietnamTime.ZONE));
        }
    }

    @Test
    void theHourIsReadOrRefusedWithAMessageInVietnamese() {
        assertThat(DatabaseUpkeep.parse("02:30")).isEqualTo(LocalTime.of(2, 30));
        assertThat(DatabaseUpkeep.parse(" 23:05 ")).isEqualTo(LocalTime.of(23, 5));
        assertThat(DatabaseUpkeep.parse("")).isNull();
        assertThat(DatabaseUpkeep.parse(null)).isNull();
        assertThatThrownBy(() -> DatabaseUpkeep.parse("25:00"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("doanket.db.upkeep-at phải là giờ dạng HH:mm")
                .hasMessageContaining("'25:00'");
        assertThatThrownBy(() -> DatabaseUpkeep.parse("2 giờ sáng")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withAnHourItWaitsOnAThreadOfItsOwnAndWithoutNone() {
        // the tests' settings leave the hour empty: nothing waits in the background
        assertThat(upkeep.isRunning()).isFalse();
        DatabaseUpkeep nightly = new DatabaseUpkeep(dataSource, jdbc, "02:30");
        nightly.start();
        try {
            assertThat(nightly.isRunning()).isTrue();
            assertThat(Thread.getAllStackTraces().keySet())
                    .extracting(Thread::getName)
                    .contains("database-upkeep");
        } finally {
            nightly.stop();
        }
        assertThat(nightly.isRunning()).isFalse();
    }

    /** A new table of {@code rows} rows, {@code updated} of them changed once; its counts reported. */
    private String probe(String name, int rows, int updated) throws Exception {
        String table = "upkeep_probe_" + name + "_"
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("create table " + table + " (id int primary key, v int)");
            s.execute("insert into " + table + " select g, g from generate_series(1, " + rows + ") g");
            if (updated > 0) {
                s.execute("update " + table + " set v = v + 1 where id <= " + updated);
            }
            // a backend reports its counts when idle, at most once a second: now, once this statement ends
            s.execute("select pg_stat_force_next_flush()");
        }
        awaitStat(table, "n_mod_since_analyze", rows + updated);
        return table;
    }

    private void drop(String... tables) {
        for (String t : tables) {
            jdbc.sql("drop table if exists " + t).update();
        }
    }

    private void awaitStat(String table, String column, long atLeast) throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            Object v = stats(table).get(column);
            if (v != null && ((Number) v).longValue() >= atLeast) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(table + "." + column + " did not reach " + atLeast + ": " + stats(table));
    }

    private Map<String, Object> stats(String table) {
        return jdbc.sql(
                        """
                        select n_mod_since_analyze, n_dead_tup, n_ins_since_vacuum, vacuum_count, analyze_count
                        from pg_stat_user_tables where relname = :t and schemaname = current_schema()""")
                .param("t", table)
                .query()
                .singleRow();
    }
}
