package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doanket.indicators.Aggregation;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorNotFoundException;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.PeriodType;

/**
 * Once, at the first start after V66: takes each committee's own figures out of its totals, which
 * from then on hold only what lands from below (see {@link Spread}); reads add the own figures beside
 * them. Runs before anything reads the totals or rolls up a save (both depend on it), under the
 * roll-up's locks, in one transaction: a failure leaves the totals as they were and the step to do.
 */
@Component
class OwnFiguresUpgrade implements InitializingBean {

    static final String STEP = "own-figures-beside-totals";

    private static final Logger log = LoggerFactory.getLogger(OwnFiguresUpgrade.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Hierarchy hierarchy;
    private final Indicators indicators;
    private final DeltaLog deltas;
    private final MaxRecompute maxima;

    OwnFiguresUpgrade(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Hierarchy hierarchy,
            Indicators indicators,
            DeltaLog deltas,
            MaxRecompute maxima) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.hierarchy = hierarchy;
        this.indicators = indicators;
        this.deltas = deltas;
        this.maxima = maxima;
    }

    @Override
    public void afterPropertiesSet() {
        tx.executeWithoutResult(s -> run());
    }

    /** Does the step if it is still to do; returns how many totals it changed. */
    int run() {
        List<String> due =
                jdbc.queryForList("delete from ana_upgrade where step = ? returning step", String.class, STEP);
        if (due.isEmpty()) {
            return 0;
        }
        jdbc.execute("select pg_advisory_xact_lock(7720, 2)");
        jdbc.execute("select pg_advisory_xact_lock(7720, 1)");
        // each committee's values, by indicator|unit|option, then period id
        Map<String, Map<String, BigDecimal>> byLeaf = new LinkedHashMap<>();
        jdbc.query("select indicator_id, unit_id, option_code, period_id, value from ana_value", rs -> {
            long unit = rs.getLong(2);
            if (hierarchy.isLeaf(unit)) {
                return; // a leaf's figures never had a total of their own
            }
            byLeaf.computeIfAbsent(rs.getLong(1) + "|" + unit + "|" + rs.getString(3), k -> new HashMap<>())
                    .put(rs.getString(4), rs.getBigDecimal(5));
        });
        List<DeltaLog.Delta> out = new ArrayList<>();
        Set<RollupEngine.MaxKey> lowered = new LinkedHashSet<>();
        byLeaf.forEach((leaf, values) -> {
            String[] key = leaf.split("\\|", 3);
            Indicator indicator = indicator(Long.parseLong(key[0]));
            if (indicator == null || !indicators.isAggregated(indicator)) {
                return;
            }
            long unit = Long.parseLong(key[1]);
            out.addAll(ownShares(indicator, unit, values, lowered));
        });
        List<DeltaLog.Delta> merged = RollupEngine.coalesce(out);
        deltas.append(merged);
        maxima.markAll(lowered);
        log.info("Took the committees' own figures out of {} totals (read beside them from now on)", merged.size());
        return merged.size();
    }

    /**
     * What a committee's own values put into its own totals, negated: for each period type it reported,
     * its contribution to every period those values enter, in every tree where it is in force.
     */
    private List<DeltaLog.Delta> ownShares(
            Indicator indicator, long unit, Map<String, BigDecimal> values, Set<RollupEngine.MaxKey> lowered) {
        Map<PeriodType, Set<Period>> affectedByType = new LinkedHashMap<>();
        Map<PeriodType, Period> reportedByType = new HashMap<>();
        for (String id : values.keySet()) {
            Period reported = Period.parse(id);
            reportedByType.putIfAbsent(reported.type(), reported);
            affectedByType
                    .computeIfAbsent(reported.type(), t -> new LinkedHashSet<>())
                    .addAll(Contribution.affected(reported));
        }
        List<DeltaLog.Delta> out = new ArrayList<>();
        for (LocalDate tree : hierarchy.trees()) {
            if (!hierarchy.ownFiguresCount(unit, tree)) {
                continue;
            }
            affectedByType.forEach((type, affected) -> {
                for (Period p : affected) {
                    Contribution c = Contribution.of(indicator, p, type, values);
                    if (c == null) {
                        continue;
                    }
                    out.add(new DeltaLog.Delta(
                            indicator.id(), p.id(), tree, unit, c.amount().negate(), -c.count(), -c.yes(), null));
                    if (indicator.aggregation() == Aggregation.MAX) {
                        lowered.add(new RollupEngine.MaxKey(indicator.id(), p, tree, reportedByType.get(type)));
                    }
                }
            });
        }
        return out;
    }

    private Indicator indicator(long id) {
        try {
            return indicators.byId(id);
        } catch (IndicatorNotFoundException e) {
            return null;
        }
    }
}
