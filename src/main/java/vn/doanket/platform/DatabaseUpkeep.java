package vn.doanket.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Vacuums and analyses, once a night, every table of the application that changed enough since its
 * last upkeep, so that PostgreSQL's own upkeep (autovacuum and autoanalyze) rarely has to start in the
 * middle of a working day.
 *
 * <p>Autovacuum starts on a table once a tenth of its rows changed since its last analysis, or a fifth
 * since its last vacuum, whatever the hour. On a deadline day that is in the middle of the saves: the
 * reporting bench's rounds of 32 clients saving forms missed their p99 of 100 ms whenever an analysis
 * or a vacuum of one of the largest tables (the values, their roll-up, the audit trail) ran beside them
 * on the two cores the server and its database share, and met it in the rounds without. Done each
 * night, the same work starts every day from zero: a day's saves must change a tenth of a ten-million-
 * row table before autovacuum comes back to it, and it stays there as the safety net.
 *
 * <p>The hour is {@code doanket.db.upkeep-at} (default 02:30, Vietnam's time; empty: never). A table is
 * taken when at least {@link #MIN_ROWS} rows, and a hundredth of it, changed since its last vacuum or
 * analysis. On a server whose tables belong to another role, PostgreSQL skips them with a warning.
 * When several instances share the database, one of them does it (an advisory lock).
 */
@Component
public class DatabaseUpkeep extends LoopComponent {

    /** What one table's upkeep found and took. */
    public record Done(String table, long rows, long changedSinceAnalyze, long changedSinceVacuum, double seconds) {}

    static final long MIN_ROWS = 1_000;
    /** The advisory lock of the night's upkeep (one key; the application's other locks use other keys). */
    static final long LOCK = 7_243_900L;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUpkeep.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final LocalTime at;

    DatabaseUpkeep(DataSource dataSource, JdbcClient jdbc, @Value("${doanket.db.upkeep-at:02:30}") String at) {
        super("database-upkeep");
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.at = parse(at);
    }

    /** The hour of the nightly upkeep, or null for none. */
    static LocalTime parse(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "doanket.db.upkeep-at phải là giờ dạng HH:mm (ví dụ 02:30) hoặc để trống để tắt việc bảo trì hằng đêm,"
                            + " không phải '" + at
                            + "' (doanket.db.upkeep-at must be a time like 02:30, or empty for none)",
                    e);
        }
    }

    /** The first moment at {@code at} after {@code now}, in {@code now}'s zone. */
    static ZonedDateTime next(ZonedDateTime now, LocalTime at) {
        ZonedDateTime today = now.with(at);
        return today.isAfter(now) ? today : now.plusDays(1).with(at);
    }

    /**
     * The night's work, now: a vacuum with analysis of each table of the application's schema that
     * changed enough, the largest change first. Returns what it did, table by table; a table that
     * could not be done is logged and left to autovacuum.
     */
    public List<Done> runNow() {
        List<Done> done = new ArrayList<>();
        long began = System.nanoTime();
        // vacuum runs outside a transaction: a connection of its own, in autocommit
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!lock(c, "pg_try_advisory_lock")) {
                log.info("Nightly upkeep: another instance of the application is doing it");
                return done;
            }
            try {
                List<Due> due = due();
                for (Due d : due) {
                    long start = System.nanoTime();
                    try (Statement s = c.createStatement()) {
                        s.execute("vacuum (analyze) " + quote(d.table()));
                        done.add(new Done(
                                d.table(),
                                d.rows(),
                                d.sinceAnalyze(),
                                d.sinceVacuum(),
                                (System.nanoTime() - start) / 1e9));
                    } catch (SQLException e) {
                        log.warn(
                                "Nightly upkeep: vacuum (analyze) of {} failed, left to autovacuum: {}",
                                d.table(),
                                e.getMessage());
                    }
                }
                if (!due.isEmpty()) {
                    log.info(
                            "Nightly upkeep: vacuum (analyze) of {} of {} tables due in {} s: {}",
                            done.size(),
                            due.size(),
                            String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - began) / 1e9),
                            done.stream().map(Done::table).toList());
                }
            } finally {
                lock(c, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            log.warn("Nightly upkeep: no connection to the database, left to autovacuum: {}", e.getMessage());
        }
        return done;
    }

    private record Due(String table, long rows, long sinceAnalyze, long sinceVacuum) {}

    /** The tables of the application's schema that changed enough since their last vacuum or analysis. */
    private List<Due> due() {
        return jdbc.sql(
                        """
                        select relname, n_live_tup, n_mod_since_analyze, n_dead_tup + n_ins_since_vacuum
                        from pg_stat_user_tables
                        where schemaname = current_schema()
                          and greatest(n_mod_since_analyze, n_dead_tup + n_ins_since_vacuum)
                              >= greatest(:min, n_live_tup / 100)
                        order by greatest(n_mod_since_analyze, n_dead_tup + n_ins_since_vacuum) desc""")
                .param("min", MIN_ROWS)
                .query((rs, n) -> new Due(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /**
     * Takes or gives back, on this connection, the lock that lets one instance of the application do the
     * night's upkeep when several share the database (the others find it taken and leave it).
     */
    private static boolean lock(Connection c, String function) throws SQLException {
        try (Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("select " + function + "(" + LOCK + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    protected void loop() {
        while (shouldRun()) {
            ZonedDateTime due = next(ZonedDateTime.now(VietnamTime.ZONE), at);
            // a minute at most at a time, so that a clock set forward or back is followed
            while (shouldRun() && ZonedDateTime.now(VietnamTime.ZONE).isBefore(due)) {
                long wait = Math.min(
                        Duration.between(ZonedDateTime.now(VietnamTime.ZONE), due)
                                .toMillis(),
                        Duration.ofMinutes(1).toMillis());
                try {
                    Thread.sleep(Math.max(1, wait));
                } catch (InterruptedException e) {
                    // stop() interrupts: shouldRun() is false now
                }
            }
            if (shouldRun()) {
                try {
                    runNow();
                } catch (RuntimeException e) {
                    log.warn("Nightly upkeep failed, left to autovacuum until tomorrow: {}", e.toString());
                }
            }
        }
    }

    /** Only with an hour to run at. */
    @Override
    protected boolean enabled() {
        return at != null;
    }
}
