package vn.doanket.organization.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doanket.IntegrationTest;

/**
 * COPY against batched INSERT for 100,000 demo-like units, alternated in one JVM and one database so
 * that load from other processes hits both alike. Run with {@code -Dtest=BulkInsertBench
 * -Dsurefire.excludedGroups=}; each round rolls back.
 */
@IntegrationTest
@Tag("bench")
class BulkInsertBench {

    static final int ROWS = 100_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void copyAgainstBatchedInsert() {
        List<Object[]> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            String code = "B" + i;
            rows.add(new Object[] {
                -1_000_000L - i,
                code,
                "Thôn " + i,
                "Thôn " + i + ", xã Thử",
                "RESIDENTIAL_AREA",
                "Thôn",
                null,
                "/9/" + i + "/",
                "/VN/" + code,
                2,
                "thon " + i,
                Date.valueOf(LocalDate.of(2025, 7, 1)),
                null
            });
        }
        String columns = "id, code, name, full_name, kind, unit_type, parent_id, path, code_path, level, search_text,"
                + " valid_from, valid_to";
        for (int round = 1; round <= 3; round++) {
            long copy = timed(() -> PgCopy.copy(jdbc, "org_unit", columns, rows));
            long batch = timed(() -> jdbc.batchUpdate(
                    "insert into org_unit (" + columns + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows));
            System.out.printf(
                    "BENCH round %d: %,d units by COPY %d ms, by batched INSERT %d ms%n", round, ROWS, copy, batch);
        }
    }

    private long timed(Runnable insert) {
        return tx.execute(status -> {
            long started = System.nanoTime();
            insert.run();
            long millis = (System.nanoTime() - started) / 1_000_000;
            status.setRollbackOnly();
            return millis;
        });
    }
}
