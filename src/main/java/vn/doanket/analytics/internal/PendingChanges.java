package vn.doanket.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * Marks fields in the caller's transaction: one row per unit and period (a form save writes one),
     * sent in one round trip however many there are.
     */
    void mark(List<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        Map<String, List<Mark>> byUnitAndPeriod = new LinkedHashMap<>();
        for (Mark m : marks) {
            byUnitAndPeriod
                    .computeIfAbsent(m.unitId() + "|" + m.periodId(), k -> new ArrayList<>())
                    .add(m);
        }
        jdbc.execute((java.sql.Connection c) -> {
            try (var st = c.prepareStatement(
                    """
                    insert into ana_pending (unit_id, period_id, indicator_ids, option_codes)
                    values (?, ?, ?::int[], ?::varchar[])""")) {
                for (List<Mark> group : byUnitAndPeriod.values()) {
                    Integer[] is = new Integer[group.size()];
                    String[] os = new String[group.size()];
                    for (int k = 0; k < is.length; k++) {
                        is[k] = (int) group.get(k).indicatorId();
                        os[k] = group.get(k).option();
                    }
                    st.setInt(1, (int) group.get(0).unitId());
                    st.setString(2, group.get(0).periodId());
                    st.setArray(3, c.createArrayOf("int4", is));
                    st.setArray(4, c.createArrayOf("varchar", os));
                    st.addBatch();
                }
                st.executeBatch();
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
     * Takes up to {@code limit} committed marks (rows: a form's fields each) numbered up to {@code upTo}
     * in the caller's transaction (they come back if it rolls back), each field once however often it
     * was marked.
     */
    List<Mark> take(int limit, long upTo) {
        Set<Mark> out = new LinkedHashSet<>();
        jdbc.query(
                """
                delete from ana_pending where id in (
                    select id from ana_pending where id <= ? order by id limit ? for update skip locked)
                returning unit_id, period_id, indicator_ids, option_codes""",
                rs -> {
                    long unit = rs.getLong(1);
                    String period = rs.getString(2);
                    Integer[] is = (Integer[]) rs.getArray(3).getArray();
                    String[] os = (String[]) rs.getArray(4).getArray();
                    for (int k = 0; k < is.length; k++) {
                        out.add(new Mark(is[k], unit, os[k], period));
                    }
                },
                upTo,
                limit);
        return new ArrayList<>(out);
    }
}
