package vn.doanket.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.analytics.internal.Hierarchy;
import vn.doanket.analytics.internal.Indicators;
import vn.doanket.analytics.internal.TargetSource;
import vn.doanket.analytics.internal.Totals;
import vn.doanket.analytics.internal.TotalsReader;
import vn.doanket.indicators.Achievement;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
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
    private final IndicatorCatalogue catalogue;

    Analytics(
            OrgUnits units,
            Indicators indicators,
            Hierarchy hierarchy,
            TotalsReader totals,
            TargetSource targets,
            JdbcClient jdbc,
            IndicatorCatalogue catalogue) {
        this.units = units;
        this.indicators = indicators;
        this.hierarchy = hierarchy;
        this.totals = totals;
        this.targets = targets;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
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

    /**
     * Several indicators for one unit, its children or a level below it: the rows of each indicator
     * (as {@link #query} gives them), keyed by code in the order asked. All indicators are read
     * together, so a report's tables cost a few queries however many columns they have.
     */
    public Map<String, List<AnalyticsRow>> query(
            Collection<String> indicatorCodes,
            String unitCode,
            List<Period> periods,
            AnalyticsQuery.Scope scope,
            int level,
            LocalDate asOf) {
        LocalDate when = asOf == null ? LocalDate.now() : asOf;
        Unit unit = units.get(unitCode, when);
        LocalDate day = unit.inForceOn(when) ? when : unit.validTo() == null ? unit.validFrom() : unit.validTo();
        List<Unit> inScope =
                switch (scope == null ? AnalyticsQuery.Scope.UNIT : scope) {
                    case UNIT -> List.of(unit);
                    case CHILDREN -> units.children(unit, day);
                    case LEVEL -> atLevel(unit, level, day);
                };
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        Map<String, Indicator> catalogue = new HashMap<>();
        for (Indicator i : this.catalogue.all()) {
            catalogue.put(i.code(), i);
        }
        for (String code : indicatorCodes) {
            String key = code.strip().toUpperCase(java.util.Locale.ROOT);
            Indicator found = catalogue.get(key);
            byCode.put(key, found != null ? found : indicators.byCode(key));
        }
        return rows(byCode.values(), inScope, periods, hierarchy.treeOn(day));
    }

    /** Rows in the order of {@code scope}, then of {@code periods}. */
    public List<AnalyticsRow> rows(Indicator indicator, List<Unit> scope, List<Period> periods, LocalDate tree) {
        return rows(List.of(indicator), scope, periods, tree).get(indicator.code());
    }

    /** {@link #rows(Indicator, List, List, LocalDate)} of several indicators, read together, by code. */
    public Map<String, List<AnalyticsRow>> rows(
            Collection<Indicator> wanted, List<Unit> scope, List<Period> periods, LocalDate tree) {
        if (scope.size() > MAX_UNITS) {
            throw new AnalyticsException.TooManyUnits(scope.size(), MAX_UNITS);
        }
        List<Long> ids = scope.stream().map(Unit::id).toList();
        Map<Long, Map<TotalsReader.Key, BigDecimal>> values = values(wanted, tree, ids, periods);
        Map<String, Map<TotalsReader.Key, BigDecimal>> goals =
                scope.isEmpty() ? Map.of() : targets.targets(wanted, scope, periods);
        Map<String, List<AnalyticsRow>> out = new LinkedHashMap<>();
        for (Indicator indicator : wanted) {
            Map<TotalsReader.Key, BigDecimal> v = values.getOrDefault(indicator.id(), Map.of());
            Map<TotalsReader.Key, BigDecimal> g = goals.getOrDefault(indicator.code(), Map.of());
            List<AnalyticsRow> rows = new ArrayList<>();
            for (Unit u : scope) {
                for (Period p : periods) {
                    TotalsReader.Key key = new TotalsReader.Key(u.id(), p.id());
                    BigDecimal value = v.get(key);
                    BigDecimal target = g.get(key);
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
            out.put(indicator.code(), rows);
        }
        return out;
    }

    /** Values by indicator id; a computed indicator divides the sums of its two, read in the same batch. */
    private Map<Long, Map<TotalsReader.Key, BigDecimal>> values(
            Collection<Indicator> wanted, LocalDate tree, List<Long> ids, List<Period> periods) {
        Map<Long, Map<TotalsReader.Key, BigDecimal>> out = new HashMap<>();
        if (ids.isEmpty() || periods.isEmpty()) {
            return out;
        }
        Map<Long, Indicator> stored = new LinkedHashMap<>();
        for (Indicator indicator : wanted) {
            if (indicator.isComputed()) {
                Indicator num = indicators.byId(indicator.numeratorId());
                Indicator den = indicators.byId(indicator.denominatorId());
                stored.putIfAbsent(num.id(), num);
                stored.putIfAbsent(den.id(), den);
            } else {
                stored.putIfAbsent(indicator.id(), indicator);
            }
        }
        Map<Long, Map<TotalsReader.Key, Totals>> tallies = totals.readAll(stored.values(), tree, ids, periods);
        Map<Long, Map<TotalsReader.Key, BigDecimal>> plain = new HashMap<>();
        stored.values().forEach(indicator -> {
            Map<TotalsReader.Key, BigDecimal> m = new HashMap<>();
            tallies.getOrDefault(indicator.id(), Map.of()).forEach((k, t) -> {
                BigDecimal v = t.value(indicator.aggregation());
                if (v != null) {
                    m.put(k, v);
                }
            });
            plain.put(indicator.id(), m);
        });
        for (Indicator indicator : wanted) {
            if (!indicator.isComputed()) {
                out.put(indicator.id(), plain.get(indicator.id()));
                continue;
            }
            Map<TotalsReader.Key, BigDecimal> n = plain.getOrDefault(indicator.numeratorId(), Map.of());
            Map<TotalsReader.Key, BigDecimal> d = plain.getOrDefault(indicator.denominatorId(), Map.of());
            Map<TotalsReader.Key, BigDecimal> ratios = new HashMap<>();
            n.forEach((k, v) -> {
                BigDecimal r = Tally.ratio(v, d.get(k), indicator.ratioFactor());
                if (r != null) {
                    ratios.put(k, Totals.plain(r));
                }
            });
            out.put(indicator.id(), ratios);
        }
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
