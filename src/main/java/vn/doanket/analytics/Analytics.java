package vn.doanket.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.analytics.internal.Hierarchy;
import vn.doanket.analytics.internal.Indicators;
import vn.doanket.analytics.internal.TargetSource;
import vn.doanket.analytics.internal.TotalsReader;
import vn.doanket.indicators.Achievement;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.Tally;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/**
 * The value of any indicator for any unit and period, for its children or a level below it, over
 * one or more periods, with target and achievement, in the tree in force on a chosen date. Every
 * figure is read from pre-aggregated totals; nothing here walks the tree or scans raw values.
 */
@Service
@Transactional(readOnly = true)
public class Analytics {

    /** More units than this in one answer means the caller should narrow the question. */
    public static final int MAX_UNITS = 5_000;

    private final OrgUnits units;
    private final Indicators indicators;
    private final Hierarchy hierarchy;
    private final TotalsReader totals;
    private final TargetSource targets;
    private final JdbcClient jdbc;

    Analytics(
            OrgUnits units,
            Indicators indicators,
            Hierarchy hierarchy,
            TotalsReader totals,
            TargetSource targets,
            JdbcClient jdbc) {
        this.units = units;
        this.indicators = indicators;
        this.hierarchy = hierarchy;
        this.totals = totals;
        this.targets = targets;
        this.jdbc = jdbc;
    }

    public List<AnalyticsRow> query(AnalyticsQuery q) {
        Indicator indicator = indicators.byCode(q.indicator());
        Unit unit = units.get(q.unit(), q.asOf());
        LocalDate day =
                unit.inForceOn(q.asOf()) ? q.asOf() : unit.validTo() == null ? unit.validFrom() : unit.validTo();
        LocalDate tree = hierarchy.treeOn(day);
        List<Unit> scope =
                switch (q.scope()) {
                    case UNIT -> List.of(unit);
                    case CHILDREN -> units.children(unit, day);
                    case LEVEL -> atLevel(unit, q.level(), day);
                };
        return rows(indicator, scope, q.periods(), tree);
    }

    /** The value of one indicator for one unit and period on today's tree. */
    public AnalyticsRow value(String indicator, String unit, Period period) {
        return query(new AnalyticsQuery(indicator, unit, List.of(period), AnalyticsQuery.Scope.UNIT, 0, null))
                .get(0);
    }

    /** Rows in the order of {@code scope}, then of {@code periods}. */
    public List<AnalyticsRow> rows(Indicator indicator, List<Unit> scope, List<Period> periods, LocalDate tree) {
        if (scope.size() > MAX_UNITS) {
            throw new AnalyticsException.TooManyUnits(scope.size(), MAX_UNITS);
        }
        List<Long> ids = scope.stream().map(Unit::id).toList();
        Map<TotalsReader.Key, BigDecimal> values = values(indicator, tree, ids, periods);
        Map<TotalsReader.Key, BigDecimal> goals =
                scope.isEmpty() ? Map.of() : targets.targets(indicator, scope, periods);
        List<AnalyticsRow> rows = new ArrayList<>();
        for (Unit u : scope) {
            for (Period p : periods) {
                TotalsReader.Key key = new TotalsReader.Key(u.id(), p.id());
                BigDecimal value = values.get(key);
                BigDecimal target = goals.get(key);
                rows.add(new AnalyticsRow(
                        u.code(),
                        u.name(),
                        u.level(),
                        p.id(),
                        value,
                        target,
                        Achievement.of(value, target).percent()));
            }
        }
        return rows;
    }

    private Map<TotalsReader.Key, BigDecimal> values(
            Indicator indicator, LocalDate tree, List<Long> ids, List<Period> periods) {
        Map<TotalsReader.Key, BigDecimal> out = new HashMap<>();
        if (ids.isEmpty() || periods.isEmpty()) {
            return out;
        }
        if (indicator.isComputed()) {
            Indicator num = indicators.byId(indicator.numeratorId());
            Indicator den = indicators.byId(indicator.denominatorId());
            Map<TotalsReader.Key, BigDecimal> n = values(num, tree, ids, periods);
            Map<TotalsReader.Key, BigDecimal> d = values(den, tree, ids, periods);
            n.forEach((k, v) -> {
                BigDecimal r = Tally.ratio(v, d.get(k), indicator.ratioFactor());
                if (r != null) {
                    out.put(k, vn.doanket.analytics.internal.Totals.plain(r));
                }
            });
            return out;
        }
        totals.read(indicator, tree, ids, periods).forEach((k, t) -> {
            BigDecimal v = t.value(indicator.aggregation());
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    private List<Unit> atLevel(Unit root, int level, LocalDate day) {
        if (level <= root.level()) {
            return level == root.level() ? List.of(root) : List.of();
        }
        List<Long> ids = jdbc.sql(
                        """
                        select id from org_unit
                        where path like :p and level = :l and valid_from <= :d and (valid_to is null or valid_to >= :d)
                        order by code limit :lim""")
                .param("p", root.treePath() + "%")
                .param("l", level)
                .param("d", day)
                .param("lim", MAX_UNITS + 1)
                .query(Long.class)
                .list();
        if (ids.size() > MAX_UNITS) {
            throw new AnalyticsException.TooManyUnits(ids.size(), MAX_UNITS);
        }
        List<Unit> out = new ArrayList<>();
        for (long id : ids) {
            units.findById(id).ifPresent(out::add);
        }
        return out;
    }
}
