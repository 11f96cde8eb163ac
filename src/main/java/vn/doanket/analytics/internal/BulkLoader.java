package vn.doanket.analytics.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doanket.analytics.ValueChange;
import vn.doanket.indicators.DataValueCopy;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;

/**
 * Loads many new values at once (a national import, a migration, the national figures, the benchmark)
 * in one transaction:
 * the values are streamed into ana_value with COPY while their contributions are summed in memory,
 * first per reporting committee and then lifted to every committee above, and the totals are added
 * to ana_aggregate in one statement. Values must arrive grouped by indicator, unit and option; keys
 * that already exist make the whole load fail (change existing values through {@link RollupEngine}).
 */
@Component
public class BulkLoader {

    public record Result(long values, long aggregates) {}

    /**
     * A load of raw values and analytics: how many values went into ind_data_value and into the
     * roll-up, and the seconds each took (they run side by side) and the whole load took.
     */
    public record Full(long rawValues, double rawSeconds, Result analytics, double analyticsSeconds, double seconds) {}

    private record Key(long indicatorId, String periodId, LocalDate tree, long unitId) {}

    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final Hierarchy hierarchy;
    private final Indicators indicators;

    private final DataValueCopy raw;

    BulkLoader(
            DataSource dataSource,
            TransactionTemplate tx,
            Hierarchy hierarchy,
            Indicators indicators,
            DataValueCopy raw,
            OwnFiguresUpgrade upgraded) {
        // upgraded: asked for so that the totals are in their current form before a load adds to them
        this.dataSource = dataSource;
        this.tx = tx;
        this.hierarchy = hierarchy;
        this.indicators = indicators;
        this.raw = raw;
    }

    /**
     * Loads new values into both the raw values table (COPY, through the indicators module) and the
     * roll-up, each from its own pass over {@code values} (which must give the same values each time),
     * on two connections at once. Either failing fails the call; they are separate transactions.
     */
    public Full loadWithRawValues(Supplier<Iterator<ValueChange>> values, String actor) {
        return loadWithRawValues(values, actor, true);
    }

    /** As above; {@code rebuildIndexes} false keeps the raw table's indexes (small loads). */
    public Full loadWithRawValues(Supplier<Iterator<ValueChange>> values, String actor, boolean rebuildIndexes) {
        long started = System.nanoTime();
        CompletableFuture<double[]> rawLoad = CompletableFuture.supplyAsync(() -> {
            long t = System.nanoTime();
            Iterator<ValueChange> source = values.get();
            long n = raw.copy(
                    new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return source.hasNext();
                        }

                        @Override
                        public DataValueCopy.NewValue next() {
                            ValueChange v = source.next();
                            return new DataValueCopy.NewValue(
                                    v.indicatorId(), v.unitId(), v.optionCode(), v.period(), v.value());
                        }
                    },
                    actor,
                    rebuildIndexes);
            return new double[] {n, (System.nanoTime() - t) / 1e9};
        });
        long t = System.nanoTime();
        Result analytics;
        try {
            analytics = load(values.get());
        } catch (RuntimeException e) {
            rawLoad.cancel(true);
            throw e;
        }
        double analyticsSeconds = (System.nanoTime() - t) / 1e9;
        double[] r = rawLoad.join();
        return new Full((long) r[0], r[1], analytics, analyticsSeconds, (System.nanoTime() - started) / 1e9);
    }

    public Result load(Iterator<ValueChange> values) {
        return tx.execute(s -> {
            try {
                return run(DataSourceUtils.getConnection(dataSource), values);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
            }
        });
    }

    private Result run(Connection con, Iterator<ValueChange> values) throws SQLException, IOException {
        // While COPY streams, the connection can run nothing else: load what the roll-up reads first.
        List<LocalDate> trees = hierarchy.trees();
        indicators.preload();
        PGConnection pg = con.unwrap(PGConnection.class);
        CopyIn copy = pg.getCopyAPI()
                .copyIn("COPY ana_value (indicator_id, unit_id, option_code, period_id, value) FROM STDIN");
        StringBuilder buf = new StringBuilder(1 << 20);
        Map<Key, RunningTotal> byCommittee = new HashMap<>(1 << 20);
        Map<Key, RunningTotal> totals = new HashMap<>(1 << 21);
        List<ValueChange> leaf = new ArrayList<>();
        long count = 0;
        try {
            while (values.hasNext()) {
                ValueChange v = values.next();
                if (!leaf.isEmpty() && !sameLeaf(leaf.get(0), v)) {
                    roll(leaf, trees, byCommittee, totals);
                    leaf.clear();
                }
                leaf.add(v);
                buf.append(v.indicatorId())
                        .append('\t')
                        .append(v.unitId())
                        .append('\t')
                        .append(v.optionCode())
                        .append('\t')
                        .append(v.period().id())
                        .append('\t')
                        .append(v.value().toPlainString())
                        .append('\n');
                count++;
                if (buf.length() > (1 << 20) - 256) {
                    flush(copy, buf);
                }
            }
            if (!leaf.isEmpty()) {
                roll(leaf, trees, byCommittee, totals);
            }
            flush(copy, buf);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        byCommittee.forEach((k, acc) -> {
            for (long target : hierarchy.lift(k.unitId())) {
                totals.computeIfAbsent(
                                new Key(k.indicatorId(), k.periodId(), k.tree(), target), x -> new RunningTotal())
                        .add(acc.sum, acc.count, acc.yes, acc.max);
            }
        });
        writeTotals(con, pg, totals);
        return new Result(count, totals.size());
    }

    private static boolean sameLeaf(ValueChange a, ValueChange b) {
        return a.indicatorId() == b.indicatorId()
                && a.unitId() == b.unitId()
                && a.optionCode().equals(b.optionCode());
    }

    private void roll(
            List<ValueChange> leaf,
            List<LocalDate> trees,
            Map<Key, RunningTotal> byCommittee,
            Map<Key, RunningTotal> totals) {
        ValueChange first = leaf.get(0);
        Indicator indicator = indicators.byId(first.indicatorId());
        if (!indicators.isAggregated(indicator)) {
            return;
        }
        Map<String, BigDecimal> vals = new HashMap<>();
        Set<Period> affected = new LinkedHashSet<>();
        for (ValueChange v : leaf) {
            vals.put(v.period().id(), v.value());
            affected.addAll(Contribution.affected(v.period()));
        }
        int scale = Contribution.scale(indicator);
        for (LocalDate tree : trees) {
            List<Hierarchy.Entry> entries = hierarchy.entries(first.unitId(), tree);
            if (entries.isEmpty()) {
                continue;
            }
            boolean whole = Hierarchy.whole(entries);
            long[] lift = whole ? hierarchy.lift(entries.get(0).unitId()) : null;
            // the lowest total the figure enters: a committee's own figures stay out of its own total
            int lowest =
                    !whole ? -1 : lift.length - (lift.length > 0 && lift[lift.length - 1] == first.unitId() ? 2 : 1);
            for (Period p : affected) {
                Contribution c = Contribution.of(indicator, p, first.period().type(), vals);
                if (c == null) {
                    continue;
                }
                if (whole) {
                    if (lowest < 0) {
                        continue;
                    }
                    byCommittee
                            .computeIfAbsent(
                                    new Key(indicator.id(), p.id(), tree, lift[lowest]), x -> new RunningTotal())
                            .add(c.amount(), c.count(), c.yes(), c.amount());
                } else {
                    Spread.of(c, first.unitId(), entries, scale, hierarchy)
                            .forEach((target, part) -> totals.computeIfAbsent(
                                            new Key(indicator.id(), p.id(), tree, target), x -> new RunningTotal())
                                    .add(part.amount(), part.count(), part.yes(), part.amount()));
                }
            }
        }
    }

    private static void flush(CopyIn copy, StringBuilder buf) throws SQLException {
        if (buf.isEmpty()) {
            return;
        }
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }

    private static void writeTotals(Connection con, PGConnection pg, Map<Key, RunningTotal> totals)
            throws SQLException, IOException {
        try (var st = con.createStatement()) {
            st.execute("create temp table ana_load (like ana_aggregate) on commit drop");
        }
        CopyIn copy = pg.getCopyAPI()
                .copyIn("COPY ana_load (indicator_id, period_id, tree_from, unit_id, sum, count, yes, max) FROM STDIN");
        StringBuilder buf = new StringBuilder(1 << 20);
        try {
            for (var e : totals.entrySet()) {
                Key k = e.getKey();
                RunningTotal a = e.getValue();
                buf.append(k.indicatorId())
                        .append('\t')
                        .append(k.periodId())
                        .append('\t')
                        .append(k.tree())
                        .append('\t')
                        .append(k.unitId())
                        .append('\t')
                        .append(a.sum.toPlainString())
                        .append('\t')
                        .append(a.count)
                        .append('\t')
                        .append(a.yes)
                        .append('\t')
                        .append(a.max == null ? "\\N" : a.max.toPlainString())
                        .append('\n');
                if (buf.length() > (1 << 20) - 256) {
                    flush(copy, buf);
                }
            }
            flush(copy, buf);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        try (var st = con.createStatement()) {
            st.execute(
                    """
                    insert into ana_aggregate as a (indicator_id, period_id, tree_from, unit_id, sum, count, yes, max)
                    select indicator_id, period_id, tree_from, unit_id, sum, count, yes, max from ana_load
                    order by indicator_id, period_id, tree_from, unit_id
                    on conflict (indicator_id, period_id, tree_from, unit_id) do update set
                        sum = a.sum + excluded.sum, count = a.count + excluded.count, yes = a.yes + excluded.yes,
                        max = greatest(a.max, excluded.max)""");
        }
    }
}
