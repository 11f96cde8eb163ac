package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.analytics.ValueChange;
import vn.doanket.indicators.Aggregation;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;

/**
 * Keeps the totals of every committee above a reporting unit in step with its values: the change of
 * the unit's contribution (new − old) to the reported period and to each longer period holding it goes,
 * per tree, to every committee the figure reaches. Saved values reach it in batches through the
 * {@link RollupWorker}, never from the saving transaction itself.
 */
@Service
public class RollupEngine {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RollupEngine.class);

    /** Fields applied by their difference alone, and batches worked out again from ana_value: for tests. */
    private final java.util.concurrent.atomic.AtomicLong differenceFields =
            new java.util.concurrent.atomic.AtomicLong();

    private final java.util.concurrent.atomic.AtomicLong fallbacks = new java.util.concurrent.atomic.AtomicLong();

    private final JdbcClient jdbc;
    private final Hierarchy hierarchy;
    private final Indicators indicators;
    private final DeltaLog deltas;

    private final org.springframework.jdbc.core.JdbcTemplate template;

    RollupEngine(
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate template,
            Hierarchy hierarchy,
            Indicators indicators,
            DeltaLog deltas) {
        this.jdbc = jdbc;
        this.template = template;
        this.hierarchy = hierarchy;
        this.indicators = indicators;
        this.deltas = deltas;
    }

    record MaxKey(long indicatorId, Period period, java.time.LocalDate tree, Period reported) {}

    /**
     * Applies saved or deleted values in a few statements whatever their number: the roll-up lock is
     * taken (the worker already holds it; a direct caller, as the tests are, must still never read a
     * unit's year while another transaction changes it), the values of the years concerned read at once,
     * then the new values stored, the totals changed and lowered maxima marked with one statement.
     */
    @Transactional
    public void apply(List<ValueChange> changes) {
        apply(changes, null);
    }

    /**
     * As {@link #apply(List)}, told for each change the figure it replaced where the caller knows it
     * ({@code previous}, parallel to {@code changes}; an element or the whole list null where it does not).
     *
     * <p>A figure replaced by another, under a time rule that adds the periods up, changes the unit's
     * contribution to the quarter, half, nine months and year by the difference alone, and the count of
     * answering units not at all: such a unit's year need not be read. The replaced figure is only the
     * caller's word, so the new value is written to ana_value on condition that it still holds the replaced
     * one. If any does not (a row removed or changed behind the roll-up), that attempt is undone and the
     * batch worked out again from what ana_value holds, as for every other change.
     */
    @Transactional
    public void apply(List<ValueChange> changes, List<BigDecimal> previous) {
        List<ValueChange> work = new ArrayList<>(changes.size());
        List<BigDecimal> replaced = new ArrayList<>(changes.size());
        for (int k = 0; k < changes.size(); k++) {
            ValueChange c = changes.get(k);
            if (indicators.isAggregated(indicators.byId(c.indicatorId()))) {
                work.add(c);
                replaced.add(previous == null ? null : previous.get(k));
            }
        }
        if (work.isEmpty()) {
            return;
        }
        lock();
        Set<Leaf> byDifference = byDifference(work, replaced);
        if (!byDifference.isEmpty()) {
            Plan plan = plan(work, replaced, byDifference);
            if (write(plan, true)) {
                differenceFields.addAndGet(plan.byDifference());
                return;
            }
            fallbacks.incrementAndGet();
            log.debug("ana_value did not hold the figures the marks replaced; the batch is worked out from it");
        }
        write(plan(work, null, Set.of()), false);
    }

    long differenceFields() {
        return differenceFields.get();
    }

    long fallbacks() {
        return fallbacks.get();
    }

    /**
     * The leaves whose every change may go by its difference: a figure replaced by another (each field
     * once), an indicator whose time rule adds the periods up (the sum, or the yes answers of 1 and 0) and
     * whose rule over units is not the maximum, reported by a unit that enters each tree whole.
     */
    private Set<Leaf> byDifference(List<ValueChange> work, List<BigDecimal> replaced) {
        Set<Leaf> eligible = new java.util.HashSet<>();
        Set<Leaf> refused = new java.util.HashSet<>();
        Set<Field> fields = new java.util.HashSet<>();
        for (int k = 0; k < work.size(); k++) {
            ValueChange c = work.get(k);
            Leaf leaf = new Leaf(c.indicatorId(), c.unitId(), c.optionCode());
            if (fields.add(new Field(leaf, c.period().id()))
                    && byDifference(indicators.byId(c.indicatorId()), c, replaced.get(k))) {
                eligible.add(leaf);
            } else {
                refused.add(leaf);
            }
        }
        eligible.removeAll(refused);
        return eligible;
    }

    private boolean byDifference(Indicator indicator, ValueChange c, BigDecimal replaced) {
        if (replaced == null || c.value() == null || indicator.aggregation() == Aggregation.MAX) {
            return false;
        }
        Aggregation time = indicator.timeAggregation();
        if (time != Aggregation.SUM && time != Aggregation.COUNT_YES) {
            return false;
        }
        if (indicator.valueType() == vn.doanket.indicators.ValueType.YES_NO
                && !(zeroOrOne(replaced) && zeroOrOne(c.value()))) {
            return false;
        }
        for (LocalDate tree : hierarchy.trees()) {
            List<Hierarchy.Entry> entries = hierarchy.entries(c.unitId(), tree);
            if (!entries.isEmpty() && !Hierarchy.whole(entries)) {
                return false; // shared by weights: each share is rounded, so the shares' change is not the difference's
            }
        }
        return true;
    }

    private static boolean zeroOrOne(BigDecimal v) {
        return v.signum() == 0 || v.compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * What a batch writes: values (the updated ones with the figure each replaces), totals and marks;
     * {@code byDifference} counts the changes worked out from the figures they replaced.
     */
    private record Plan(
            List<ValueChange> updates,
            List<BigDecimal> updatedFrom,
            List<ValueChange> inserts,
            List<ValueChange> deletes,
            List<DeltaLog.Delta> totals,
            Set<MaxKey> marks,
            int byDifference) {}

    /**
     * Works out a batch: the leaves in {@code byDifference} from the figures their changes replaced
     * ({@code replaced}, parallel to {@code work}), every other one from its values of the years concerned,
     * read from ana_value.
     */
    private Plan plan(List<ValueChange> work, List<BigDecimal> replaced, Set<Leaf> byDifference) {
        List<ValueChange> toRead = byDifference.isEmpty() ? work : new ArrayList<>();
        if (!byDifference.isEmpty()) {
            for (ValueChange c : work) {
                if (!byDifference.contains(new Leaf(c.indicatorId(), c.unitId(), c.optionCode()))) {
                    toRead.add(c);
                }
            }
        }
        Map<Leaf, Map<String, BigDecimal>> state = toRead.isEmpty() ? new HashMap<>() : read(toRead);
        Map<Field, ValueChange> finalValues = new java.util.LinkedHashMap<>();
        Map<Field, BigDecimal> stored = new HashMap<>(); // fields ana_value held before this batch, as it held them
        Coalesced totals = new Coalesced();
        Set<MaxKey> maxToRecompute = new LinkedHashSet<>();
        int fromReplaced = 0;
        for (int k = 0; k < work.size(); k++) {
            ValueChange c = work.get(k);
            Leaf leaf = new Leaf(c.indicatorId(), c.unitId(), c.optionCode());
            Field field = new Field(leaf, c.period().id());
            Indicator indicator = indicators.byId(c.indicatorId());
            if (byDifference.contains(leaf)) {
                fromReplaced++;
                BigDecimal old = replaced.get(k);
                if (old.compareTo(c.value()) == 0) {
                    continue;
                }
                stored.put(field, old);
                differences(indicator, c, old, totals);
                finalValues.put(field, c);
                continue;
            }
            Map<String, BigDecimal> values = state.computeIfAbsent(leaf, l -> new HashMap<>());
            BigDecimal old = values.get(c.period().id());
            if (old == null ? c.value() == null : c.value() != null && old.compareTo(c.value()) == 0) {
                continue;
            }
            if (old != null && !finalValues.containsKey(field)) {
                stored.put(field, old);
            }
            changes(indicator, c, values, totals, maxToRecompute);
            finalValues.put(field, c);
        }
        List<ValueChange> updates = new ArrayList<>();
        List<BigDecimal> updatedFrom = new ArrayList<>();
        List<ValueChange> inserts = new ArrayList<>();
        List<ValueChange> deletes = new ArrayList<>();
        finalValues.forEach((field, c) -> {
            BigDecimal was = stored.get(field);
            if (c.value() == null) {
                deletes.add(c);
            } else if (was != null) {
                updates.add(c);
                updatedFrom.add(was);
            } else {
                inserts.add(c);
            }
        });
        return new Plan(updates, updatedFrom, inserts, deletes, totals.deltas(), maxToRecompute, fromReplaced);
    }

    /**
     * The changes of the totals a replaced figure makes under a time rule that adds the periods up: the
     * difference, in the reported period and each longer one holding it, on every committee above the
     * unit in each tree; the units answering stay as they were.
     */
    private void differences(Indicator indicator, ValueChange c, BigDecimal old, Coalesced totals) {
        BigDecimal difference = c.value().subtract(old);
        long yes = indicator.valueType() == vn.doanket.indicators.ValueType.YES_NO ? difference.longValueExact() : 0;
        List<Period> affected = Contribution.affected(c.period());
        for (LocalDate tree : hierarchy.trees()) {
            List<Hierarchy.Entry> entries = hierarchy.entries(c.unitId(), tree);
            if (entries.isEmpty()) {
                continue;
            }
            long[] above = hierarchy.lift(entries.get(0).unitId());
            for (Period p : affected) {
                for (long target : above) {
                    if (target != c.unitId()) {
                        totals.add(indicator.id(), p.id(), tree, target, difference, 0, yes, null);
                    }
                }
            }
        }
    }

    /**
     * The new values, the changes of the totals and the marks of lowered maxima in one statement
     * (data-modifying parts of one query, each over arrays that may be empty). The totals are changed in
     * place, in the key order the {@link DeltaFolder} folds in, rather than appended to the delta log and
     * folded from it: under the locks taken by {@link #apply} nobody else writes them, and a form's few
     * hundred changed totals are then written once instead of three times (appended, deleted, folded).
     * Each updated value is written only where ana_value still holds the figure it replaces. When
     * {@code checked}, the statement runs under a savepoint and is undone unless every update found its
     * figure: false is then returned and nothing of it is left. Unchecked (figures read under the lock),
     * an update that found none fails the batch.
     */
    private boolean write(Plan plan, boolean checked) {
        List<ValueChange> updates = plan.updates();
        List<ValueChange> inserts = plan.inserts();
        List<ValueChange> deletes = plan.deletes();
        List<DeltaLog.Delta> out = plan.totals();
        Set<MaxKey> marks = plan.marks();
        if (updates.isEmpty() && inserts.isEmpty() && deletes.isEmpty() && out.isEmpty() && marks.isEmpty()) {
            return true;
        }
        int n = out.size();
        Object[] dInd = new Object[n], dPer = new Object[n], dTree = new Object[n], dUnit = new Object[n];
        Object[] dSum = new Object[n], dCount = new Object[n], dYes = new Object[n], dMax = new Object[n];
        for (int i = 0; i < n; i++) {
            DeltaLog.Delta d = out.get(i);
            dInd[i] = (int) d.indicatorId();
            dPer[i] = d.periodId();
            dTree[i] = java.sql.Date.valueOf(d.tree());
            dUnit[i] = (int) d.unitId();
            dSum[i] = d.sum();
            dCount[i] = d.count();
            dYes[i] = d.yes();
            dMax[i] = d.max();
        }
        int m = marks.size();
        Object[] mInd = new Object[m], mPer = new Object[m], mTree = new Object[m], mType = new Object[m];
        int k = 0;
        for (MaxKey mk : marks) {
            mInd[k] = (int) mk.indicatorId();
            mPer[k] = mk.period().id();
            mTree[k] = java.sql.Date.valueOf(mk.tree());
            mType[k++] = mk.reported().type().name();
        }
        Boolean written = template.execute((java.sql.Connection con) -> {
            java.sql.Savepoint savepoint = checked ? con.setSavepoint() : null;
            long updated;
            try (var ps = con.prepareStatement(
                    """
                    with changed as (
                        -- values ana_value held (as the batch read them, or as the marks said): a plain update; an
                        -- insert meeting its row (on conflict) wrote 1.7 times the log records and took a tenth longer
                        update ana_value v set value = t.v
                        from unnest(?::int[], ?::int[], ?::varchar[], ?::varchar[], ?::numeric[], ?::numeric[])
                             as t(i, u, o, p, v, was)
                        where v.indicator_id = t.i and v.unit_id = t.u and v.option_code = t.o and v.period_id = t.p
                          and v.value = t.was
                        returning 1),
                    up as (
                        insert into ana_value (indicator_id, unit_id, option_code, period_id, value)
                        select * from unnest(?::int[], ?::int[], ?::varchar[], ?::varchar[], ?::numeric[])
                        on conflict (indicator_id, unit_id, option_code, period_id) do update set value = excluded.value),
                    gone as (
                        delete from ana_value v
                        using unnest(?::int[], ?::int[], ?::varchar[], ?::varchar[]) as t(i, u, o, p)
                        where v.indicator_id = t.i and v.unit_id = t.u and v.option_code = t.o and v.period_id = t.p),
                    totals as (
                        insert into ana_aggregate as a (indicator_id, period_id, tree_from, unit_id, sum, count, yes, max)
                        select * from unnest(?::int[], ?::varchar[], ?::date[], ?::int[], ?::numeric[], ?::bigint[],
                                             ?::bigint[], ?::numeric[]) as t(i, p, tr, u, s, c, y, m)
                        order by t.i, t.p, t.tr, t.u
                        on conflict (indicator_id, period_id, tree_from, unit_id) do update set
                            sum = a.sum + excluded.sum, count = a.count + excluded.count, yes = a.yes + excluded.yes,
                            max = greatest(a.max, excluded.max)),
                    -- no RETURNING in the parts below the first: each still runs, without keeping a row per change
                    lowered as (
                        insert into ana_max_mark (indicator_id, period_id, tree_from, reported_type)
                        select * from unnest(?::int[], ?::varchar[], ?::date[], ?::varchar[]))
                    select count(*) from changed""")) {
                bind(con, ps, 1, updates, true);
                ps.setArray(6, con.createArrayOf("numeric", plan.updatedFrom().toArray()));
                bind(con, ps, 7, inserts, true);
                bind(con, ps, 12, deletes, false);
                int at = 16;
                ps.setArray(at++, con.createArrayOf("int4", dInd));
                ps.setArray(at++, con.createArrayOf("varchar", dPer));
                ps.setArray(at++, con.createArrayOf("date", dTree));
                ps.setArray(at++, con.createArrayOf("int4", dUnit));
                ps.setArray(at++, con.createArrayOf("numeric", dSum));
                ps.setArray(at++, con.createArrayOf("int8", dCount));
                ps.setArray(at++, con.createArrayOf("int8", dYes));
                ps.setArray(at++, con.createArrayOf("numeric", dMax));
                ps.setArray(at++, con.createArrayOf("int4", mInd));
                ps.setArray(at++, con.createArrayOf("varchar", mPer));
                ps.setArray(at++, con.createArrayOf("date", mTree));
                ps.setArray(at, con.createArrayOf("varchar", mType));
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    updated = rs.getLong(1);
                }
            }
            if (updated == updates.size()) {
                if (savepoint != null) {
                    con.releaseSavepoint(savepoint);
                }
                return true;
            }
            if (savepoint == null) {
                // values read under the roll-up's lock changed before they were written: fail the batch (its
                // marks come back) rather than leave totals worked out from a figure ana_value no longer holds
                throw new IllegalStateException("ana_value changed under the roll-up's lock: " + updated + " of "
                        + updates.size() + " values read were still there to update");
            }
            con.rollback(savepoint);
            return false;
        });
        return Boolean.TRUE.equals(written);
    }

    /** The deltas added up per total ({@link Coalesced}), for a caller that has them as a list. */
    static List<DeltaLog.Delta> coalesce(List<DeltaLog.Delta> deltas) {
        Coalesced merged = new Coalesced();
        for (DeltaLog.Delta d : deltas) {
            merged.add(d.indicatorId(), d.periodId(), d.tree(), d.unitId(), d.sum(), d.count(), d.yes(), d.max());
        }
        return merged.deltas();
    }

    /**
     * One delta per indicator, period, tree and committee, added up as the deltas are made: the breakdown
     * options of one indicator (and the values of a whole form reaching the same province and nation) add
     * up before they are written, so a form writes a few hundred rows rather than one per value, period and
     * committee. The deltas come out in the order their totals were first seen.
     */
    static final class Coalesced {
        private final Map<DeltaKey, RunningTotal> merged = new java.util.LinkedHashMap<>();

        void add(
                long indicatorId,
                String periodId,
                LocalDate tree,
                long unitId,
                BigDecimal sum,
                long count,
                long yes,
                BigDecimal max) {
            merged.computeIfAbsent(new DeltaKey(indicatorId, periodId, tree, unitId), k -> new RunningTotal())
                    .add(sum, count, yes, max);
        }

        List<DeltaLog.Delta> deltas() {
            List<DeltaLog.Delta> out = new ArrayList<>(merged.size());
            merged.forEach((k, t) -> out.add(
                    new DeltaLog.Delta(k.indicatorId, k.periodId, k.tree, k.unitId, t.sum, t.count, t.yes, t.max)));
            return out;
        }
    }

    /**
     * The key of one total. Its hash is worked out once: a batch of a hundred forms looks keys up some
     * fifty thousand times, and a record's hash (over a string, a date and two numbers) was the roll-up's
     * largest cost in the JVM.
     */
    private static final class DeltaKey {
        private final long indicatorId;
        private final String periodId;
        private final LocalDate tree;
        private final long unitId;
        private final int hash;

        DeltaKey(long indicatorId, String periodId, LocalDate tree, long unitId) {
            this.indicatorId = indicatorId;
            this.periodId = periodId;
            this.tree = tree;
            this.unitId = unitId;
            this.hash = ((Long.hashCode(indicatorId) * 31 + periodId.hashCode()) * 31 + tree.hashCode()) * 31
                    + Long.hashCode(unitId);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DeltaKey k
                    && k.hash == hash
                    && k.indicatorId == indicatorId
                    && k.unitId == unitId
                    && k.periodId.equals(periodId)
                    && k.tree.equals(tree);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** One reporting unit's figures of one indicator and breakdown option (its periods are the map's keys). */
    private record Leaf(long indicatorId, long unitId, String option) {}

    /** One stored value: a leaf's figure of one period. */
    private record Field(Leaf leaf, String periodId) {}

    /**
     * One roll-up at a time (the worker's lock, re-entrant when the worker is the caller), and the
     * folder's lock after it, always in that order: no other transaction then reads a unit's values or
     * changes a total this one changes. Two locks per batch rather than one per indicator and unit.
     */
    private void lock() {
        template.execute("select pg_advisory_xact_lock(7720, 2)");
        template.execute("select pg_advisory_xact_lock(7720, 1)");
    }

    /**
     * Each leaf's values of the periods that make up the years being changed. Keep the semi-join: written
     * as a plain join of the unnested leaves, the planner chose a hash join over the whole of ana_value,
     * and on the saves bench each batch's read took 650 ms instead of a few (one index probe per leaf).
     */
    private Map<Leaf, Map<String, BigDecimal>> read(List<ValueChange> work) {
        Set<Leaf> leaves = new LinkedHashSet<>();
        Set<String> periods = new LinkedHashSet<>();
        for (ValueChange c : work) {
            leaves.add(new Leaf(c.indicatorId(), c.unitId(), c.optionCode()));
            List<String> siblings = Contribution.partIds(
                    Period.year(c.period().year()), c.period().type());
            periods.addAll(siblings.isEmpty() ? List.of(c.period().id()) : siblings);
        }
        Integer[] is = new Integer[leaves.size()];
        Integer[] us = new Integer[leaves.size()];
        String[] os = new String[leaves.size()];
        int n = 0;
        for (Leaf l : leaves) {
            is[n] = (int) l.indicatorId();
            us[n] = (int) l.unitId();
            os[n++] = l.option();
        }
        Map<Leaf, Map<String, BigDecimal>> state = new HashMap<>(leaves.size() * 2);
        template.execute((java.sql.Connection con) -> {
            try (var ps = con.prepareStatement(
                    """
                    select indicator_id, unit_id, option_code, period_id, value from ana_value
                    where (indicator_id, unit_id, option_code) in (
                        select i, u, o from unnest(?::int[], ?::int[], ?::varchar[]) as t(i, u, o))
                      and period_id = any(?::varchar[])""")) {
                ps.setArray(1, con.createArrayOf("int4", is));
                ps.setArray(2, con.createArrayOf("int4", us));
                ps.setArray(3, con.createArrayOf("varchar", os));
                ps.setArray(4, con.createArrayOf("varchar", periods.toArray()));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        state.computeIfAbsent(
                                        new Leaf(rs.getLong(1), rs.getLong(2), rs.getString(3)), k -> new HashMap<>())
                                .put(rs.getString(4), rs.getBigDecimal(5));
                    }
                }
            }
            return null;
        });
        return state;
    }

    private static void bind(
            java.sql.Connection con,
            java.sql.PreparedStatement ps,
            int first,
            List<ValueChange> rows,
            boolean withValue)
            throws java.sql.SQLException {
        ps.setArray(
                first,
                con.createArrayOf(
                        "int4", rows.stream().map(v -> (int) v.indicatorId()).toArray()));
        ps.setArray(
                first + 1,
                con.createArrayOf(
                        "int4", rows.stream().map(v -> (int) v.unitId()).toArray()));
        ps.setArray(
                first + 2,
                con.createArrayOf(
                        "varchar", rows.stream().map(ValueChange::optionCode).toArray()));
        ps.setArray(
                first + 3,
                con.createArrayOf(
                        "varchar", rows.stream().map(v -> v.period().id()).toArray()));
        if (withValue) {
            ps.setArray(
                    first + 4,
                    con.createArrayOf(
                            "numeric", rows.stream().map(ValueChange::value).toArray()));
        }
    }

    /**
     * The changes of the totals that {@code c} makes, added to {@code totals}; {@code values} (the leaf's
     * values of the periods concerned) are changed to hold it.
     */
    private void changes(
            Indicator indicator,
            ValueChange c,
            Map<String, BigDecimal> values,
            Coalesced totals,
            Set<MaxKey> maxToRecompute) {
        int scale = Contribution.scale(indicator);
        List<Period> affected = Contribution.affected(c.period());
        // what the unit adds to each period before and after: the same in every tree, so worked out once
        Contribution[] was = new Contribution[affected.size()];
        Contribution[] now = new Contribution[affected.size()];
        for (int k = 0; k < was.length; k++) {
            was[k] = Contribution.of(indicator, affected.get(k), c.period().type(), values);
        }
        if (c.value() == null) {
            values.remove(c.period().id());
        } else {
            values.put(c.period().id(), c.value());
        }
        for (int k = 0; k < now.length; k++) {
            now[k] = Contribution.of(indicator, affected.get(k), c.period().type(), values);
        }
        for (LocalDate tree : hierarchy.trees()) {
            List<Hierarchy.Entry> entries = hierarchy.entries(c.unitId(), tree);
            if (entries.isEmpty()) {
                continue;
            }
            // nearly every unit enters one unit whole: its figure lands unshared on each committee above
            boolean whole = Hierarchy.whole(entries);
            long[] above = whole ? hierarchy.lift(entries.get(0).unitId()) : null;
            for (int k = 0; k < was.length; k++) {
                if (was[k] == null && now[k] == null) {
                    continue;
                }
                Period p = affected.get(k);
                if (whole) {
                    Spread.Part a =
                            was[k] == null ? null : new Spread.Part(was[k].amount(), was[k].count(), was[k].yes());
                    Spread.Part b =
                            now[k] == null ? null : new Spread.Part(now[k].amount(), now[k].count(), now[k].yes());
                    for (long target : above) {
                        if (target != c.unitId()) {
                            delta(indicator, p, tree, target, a, b, c, totals, maxToRecompute);
                        }
                    }
                    continue;
                }
                Map<Long, Spread.Part> from = Spread.of(was[k], c.unitId(), entries, scale, hierarchy);
                Map<Long, Spread.Part> to = Spread.of(now[k], c.unitId(), entries, scale, hierarchy);
                // every committee the figure reached before or reaches now
                for (Map.Entry<Long, Spread.Part> e : from.entrySet()) {
                    delta(indicator, p, tree, e.getKey(), e.getValue(), to.get(e.getKey()), c, totals, maxToRecompute);
                }
                for (Map.Entry<Long, Spread.Part> e : to.entrySet()) {
                    if (!from.containsKey(e.getKey())) {
                        delta(indicator, p, tree, e.getKey(), null, e.getValue(), c, totals, maxToRecompute);
                    }
                }
            }
        }
    }

    /** The change of one committee's total: what it had of the figure ({@code a}) and has now ({@code b}). */
    private static void delta(
            Indicator indicator,
            Period p,
            LocalDate tree,
            long target,
            Spread.Part a,
            Spread.Part b,
            ValueChange c,
            Coalesced totals,
            Set<MaxKey> maxToRecompute) {
        BigDecimal dsum = b == null
                ? a.amount().negate()
                : a == null ? b.amount() : b.amount().subtract(a.amount());
        long dcount = (b == null ? 0 : b.count()) - (a == null ? 0 : a.count());
        long dyes = (b == null ? 0 : b.yes()) - (a == null ? 0 : a.yes());
        BigDecimal max = b == null ? null : b.amount();
        totals.add(indicator.id(), p.id(), tree, target, dsum, dcount, dyes, max);
        if (indicator.aggregation() == Aggregation.MAX
                && a != null
                && (b == null || b.amount().compareTo(a.amount()) < 0)) {
            maxToRecompute.add(new MaxKey(indicator.id(), p, tree, c.period()));
        }
    }

    /**
     * Moves a unit's figures from the entries it had to the ones it has now (after its split weights
     * changed): for every value it reported, the old shares are taken out of each committee's totals
     * and the new ones put in, so the totals stay conserved and nothing is recounted.
     */
    @Transactional
    public void reapportion(long unitId, Map<LocalDate, List<Hierarchy.Entry>> before) {
        Map<String, Map<String, BigDecimal>> byLeaf = new HashMap<>();
        jdbc.sql("select indicator_id, option_code, period_id, value from ana_value where unit_id = :u")
                .param("u", unitId)
                .query(rs -> {
                    byLeaf.computeIfAbsent(rs.getLong(1) + "|" + rs.getString(2), k -> new HashMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4));
                });
        List<DeltaLog.Delta> out = new ArrayList<>();
        byLeaf.forEach((leaf, values) -> {
            Indicator indicator = indicators.byId(Long.parseLong(leaf.substring(0, leaf.indexOf('|'))));
            if (!indicators.isAggregated(indicator)) {
                return;
            }
            int scale = Contribution.scale(indicator);
            Set<Period> affected = new LinkedHashSet<>();
            vn.doanket.indicators.PeriodType type = null;
            for (String id : values.keySet()) {
                Period p = Period.parse(id);
                type = p.type();
                affected.addAll(Contribution.affected(p));
            }
            for (LocalDate tree : hierarchy.trees()) {
                List<Hierarchy.Entry> was = before.getOrDefault(tree, List.of());
                List<Hierarchy.Entry> now = hierarchy.entries(unitId, tree);
                for (Period p : affected) {
                    Contribution c = Contribution.of(indicator, p, type, values);
                    Map<Long, Spread.Part> from = Spread.of(c, unitId, was, scale, hierarchy);
                    Map<Long, Spread.Part> to = Spread.of(c, unitId, now, scale, hierarchy);
                    Set<Long> targets = new LinkedHashSet<>(from.keySet());
                    targets.addAll(to.keySet());
                    for (long target : targets) {
                        Spread.Part a = from.get(target);
                        Spread.Part b = to.get(target);
                        out.add(new DeltaLog.Delta(
                                indicator.id(),
                                p.id(),
                                tree,
                                target,
                                (b == null ? BigDecimal.ZERO : b.amount())
                                        .subtract(a == null ? BigDecimal.ZERO : a.amount()),
                                (b == null ? 0 : b.count()) - (a == null ? 0 : a.count()),
                                (b == null ? 0 : b.yes()) - (a == null ? 0 : a.yes()),
                                b == null ? null : b.amount()));
                    }
                }
            }
        });
        deltas.append(out);
    }
}
