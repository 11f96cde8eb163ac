package vn.doanket.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The fields whose totals are not yet up to date (ana_pending). A mark carries no value on purpose:
 * the saves of one field by two people may commit in the other order than their marks were numbered,
 * so the worker reads the committed value of each marked field rather than trusting the order.
 */
@Component
class PendingChanges {

    /** A field whose committed figure the totals may not hold yet. */
    record Mark(long indicatorId, long unitId, String option, String periodId) {}

    private final JdbcTemplate jdbc;
    private volatile Runnable onCommit = () -> {};

    PendingChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Who to wake once marks are committed (the worker), so a figure reaches the totals at once. */
    void onCommit(Runnable wake) {
        this.onCommit = wake;
    }

    /** Marks fields in the caller's transaction, in one statement. */
    void mark(List<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        int n = marks.size();
        Integer[] is = new Integer[n];
        Integer[] us = new Integer[n];
        String[] os = new String[n];
        String[] ps = new String[n];
        for (int k = 0; k < n; k++) {
            Mark m = marks.get(k);
            is[k] = (int) m.indicatorId();
            us[k] = (int) m.unitId();
            os[k] = m.option();
            ps[k] = m.periodId();
        }
        jdbc.execute((java.sql.Connection c) -> {
            try (var st = c.prepareStatement(
                    """
                    insert into ana_pending (indicator_id, unit_id, option_code, period_id)
                    select * from unnest(?::int[], ?::int[], ?::varchar[], ?::varchar[])""")) {
                st.setArray(1, c.createArrayOf("int4", is));
                st.setArray(2, c.createArrayOf("int4", us));
                st.setArray(3, c.createArrayOf("varchar", os));
                st.setArray(4, c.createArrayOf("varchar", ps));
                st.executeUpdate();
            }
            return null;
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    onCommit.run();
                }
            });
        } else {
            onCommit.run();
        }
    }

    /** The newest committed mark's number, or 0 when none waits. */
    long newest() {
        Long max = jdbc.queryForObject("select max(id) from ana_pending", Long.class);
        return max == null ? 0 : max;
    }

    /**
     * Takes up to {@code limit} committed marks numbered up to {@code upTo} in the caller's transaction
     * (they come back if it rolls back), each field once however often it was marked.
     */
    List<Mark> take(int limit, long upTo) {
        Set<Mark> out = new LinkedHashSet<>();
        jdbc.query(
                """
                delete from ana_pending where id in (
                    select id from ana_pending where id <= ? order by id limit ? for update skip locked)
                returning indicator_id, unit_id, option_code, period_id""",
                rs -> {
                    out.add(new Mark(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                },
                upTo,
                limit);
        return new ArrayList<>(out);
    }
}
