package vn.doanket.analytics.internal;

import java.math.BigDecimal;
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
 * The fields whose totals are not yet up to date (ana_pending), each with the figure its save wrote.
 * Marks of one field are numbered in the order their saves committed: a save of a field waits on the
 * row lock of an earlier uncommitted save of it, and marks only after writing the value, so its mark's
 * number is drawn after the earlier save committed. The newest mark of a field therefore carries its
 * committed figure. Marks written before V62 carry no figures (the column is null); the worker looks those up.
 * Since V68 a mark also carries the figure its save replaced ({@code previous}): for the oldest mark of a
 * field in a batch, what the totals hold of it now.
 */
@Component
class PendingChanges {

    /** A field whose committed figure the totals may not hold yet. */
    record Mark(long indicatorId, long unitId, String option, String periodId) {}

    /**
     * A field, the figure its save left (a number, or 1 and 0 for yes and no; null when the save removed
     * it) and the figure the save replaced (null when the field had none).
     */
    record Marked(Mark field, BigDecimal figure, BigDecimal previous) {}

    /**
     * Marks taken for one batch: each field once, with the figure of its newest mark in {@code figures}
     * (a null figure: the field has none now), or in {@code unknown} when that mark carried no figure;
     * in {@code previous}, the figure its oldest mark of the batch replaced (null: none), for the fields
     * whose oldest mark carried it; {@code rows} is how many marks (a form's fields each) were taken.
     */
    record Taken(Map<Mark, BigDecimal> figures, Set<Mark> unknown, Map<Mark, BigDecimal> previous, int rows) {
        boolean isEmpty() {
            return figures.isEmpty() && unknown.isEmpty();
        }

        /** Every field taken: those with a figure, then those to look up. */
        List<Mark> fields() {
            List<Mark> all = new ArrayList<>(figures.keySet());
            all.addAll(unknown);
            return all;
        }
    }

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
    void mark(List<Marked> marks) {
        if (marks.isEmpty()) {
            return;
        }
        Map<String, List<Marked>> byUnitAndPeriod = new LinkedHashMap<>();
        for (Marked m : marks) {
            byUnitAndPeriod
                    .computeIfAbsent(m.field().unitId() + "|" + m.field().periodId(), k -> new ArrayList<>())
                    .add(m);
        }
        jdbc.execute((java.sql.Connection c) -> {
            try (var st = c.prepareStatement(
                    """
                    insert into ana_pending (unit_id, period_id, indicator_ids, option_codes, figures, previous)
                    values (?, ?, ?::int[], ?::varchar[], ?::numeric[], ?::numeric[])""")) {
                for (List<Marked> group : byUnitAndPeriod.values()) {
                    Integer[] is = new Integer[group.size()];
                    String[] os = new String[group.size()];
                    BigDecimal[] fs = new BigDecimal[group.size()];
                    BigDecimal[] ps = new BigDecimal[group.size()];
                    for (int k = 0; k < is.length; k++) {
                        Marked m = group.get(k);
                        is[k] = (int) m.field().indicatorId();
                        os[k] = m.field().option();
                        fs[k] = m.figure();
                        ps[k] = m.previous();
                    }
                    Mark first = group.get(0).field();
                    st.setInt(1, (int) first.unitId());
                    st.setString(2, first.periodId());
                    st.setArray(3, c.createArrayOf("int4", is));
                    st.setArray(4, c.createArrayOf("varchar", os));
                    st.setArray(5, c.createArrayOf("numeric", fs));
                    st.setArray(6, c.createArrayOf("numeric", ps));
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
     * was marked, with the figure of its newest mark and the one its oldest mark replaced.
     */
    Taken take(int limit, long upTo) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(
                """
                with taken as (
                    delete from ana_pending where id in (
                        select id from ana_pending where id <= ? order by id limit ? for update skip locked)
                    returning id, unit_id, period_id, indicator_ids, option_codes, figures, previous)
                select unit_id, period_id, indicator_ids, option_codes, figures, previous from taken order by id""",
                rs -> {
                    java.sql.Array figures = rs.getArray(5);
                    java.sql.Array previous = rs.getArray(6);
                    rows.add(new Object[] {
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getArray(3).getArray(),
                        rs.getArray(4).getArray(),
                        figures == null ? null : figures.getArray(),
                        previous == null ? null : previous.getArray()
                    });
                },
                upTo,
                limit);
        Map<Mark, BigDecimal> figures = new LinkedHashMap<>();
        Set<Mark> unknown = new LinkedHashSet<>();
        Map<Mark, BigDecimal> previous = new java.util.HashMap<>();
        Set<Mark> seen = new java.util.HashSet<>();
        for (Object[] row : rows) { // oldest first: a field's newest mark is the one that stays
            long unit = (Long) row[0];
            String period = (String) row[1];
            Integer[] is = (Integer[]) row[2];
            String[] os = (String[]) row[3];
            BigDecimal[] fs = (BigDecimal[]) row[4];
            BigDecimal[] ps = (BigDecimal[]) row[5];
            for (int k = 0; k < is.length; k++) {
                Mark m = new Mark(is[k], unit, os[k], period);
                // the oldest mark's previous figure is the one the totals hold (or none, if it carried none)
                if (seen.add(m) && ps != null) {
                    previous.put(m, ps[k]);
                }
                if (fs == null) {
                    figures.remove(m);
                    unknown.add(m);
                } else {
                    unknown.remove(m);
                    figures.put(m, fs[k]);
                }
            }
        }
        return new Taken(figures, unknown, previous, rows.size());
    }
}
