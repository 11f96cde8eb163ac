package vn.doanket.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.analytics.internal.FigureSources;
import vn.doanket.analytics.internal.Hierarchy;
import vn.doanket.analytics.internal.Totals;
import vn.doanket.indicators.CategoryOption;
import vn.doanket.indicators.DataValue;
import vn.doanket.indicators.DataValueLookup;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/**
 * Where a figure comes from: the entries (unit, period, value, who entered it, when, comment) that make
 * up an indicator's figure for a unit's subtree and period, pre-reform units' values included through
 * the lineage with the share that lands here, and the figure told by breakdown option ("193 nhà: 100
 * từ doanh nghiệp, 93 từ Quỹ…"). Read from the reported values rather than the totals, which keep
 * neither entries nor options; for one figure of one report that is a few indexed queries.
 */
@Service
@Transactional(readOnly = true)
public class FigureTrace {

    /** Entries listed at most; the total and the count are always of all of them. */
    public static final int MAX_ENTRIES = 2_000;

    /**
     * One stored value behind a figure.
     *
     * @param indicator the indicator it was entered for (for a computed figure, one of its two parts)
     * @param historic whether the unit had ended before the tree (its value reaches the figure by lineage)
     * @param share the part of the unit's figure for the whole period that lands in this figure, or null
     *     when all of it does
     */
    public record Entry(
            String indicator,
            String unitCode,
            String unitName,
            boolean historic,
            String periodId,
            String option,
            String optionName,
            BigDecimal value,
            BigDecimal share,
            String enteredBy,
            Instant enteredAt,
            String comment) {}

    /** The figure's entries, largest reporting unit first. */
    public record Entries(
            String indicator,
            String unitCode,
            String unitName,
            String periodId,
            LocalDate tree,
            BigDecimal figure,
            int count,
            List<Entry> entries) {

        public boolean truncated() {
            return entries.size() < count;
        }
    }

    /** The figure of one breakdown option ({@code DEFAULT} when entered without one). */
    public record OptionFigure(String option, String name, BigDecimal value) {}

    private final OrgUnits units;
    private final IndicatorCatalogue catalogue;
    private final Hierarchy hierarchy;
    private final FigureSources sources;
    private final DataValueLookup lookup;
    private final Analytics analytics;
    private final JdbcClient jdbc;

    FigureTrace(
            OrgUnits units,
            IndicatorCatalogue catalogue,
            Hierarchy hierarchy,
            FigureSources sources,
            DataValueLookup lookup,
            Analytics analytics,
            JdbcClient jdbc) {
        this.units = units;
        this.catalogue = catalogue;
        this.hierarchy = hierarchy;
        this.sources = sources;
        this.lookup = lookup;
        this.analytics = analytics;
        this.jdbc = jdbc;
    }

    private record Scope(Unit unit, LocalDate tree) {}

    private Scope scope(String unitCode, LocalDate asOf) {
        LocalDate when = asOf == null ? LocalDate.now() : asOf;
        Unit unit = units.get(unitCode, when);
        LocalDate day = unit.inForceOn(when) ? when : unit.validTo() == null ? unit.validFrom() : unit.validTo();
        return new Scope(unit, hierarchy.treeOn(day));
    }

    /** The entries behind an indicator's figure for the unit's subtree and period, in the tree of {@code asOf}. */
    public Entries entries(String indicatorCode, String unitCode, Period period, LocalDate asOf) {
        Indicator indicator = catalogue.get(indicatorCode);
        Scope s = scope(unitCode, asOf);
        List<Indicator> stored = indicator.isComputed()
                ? List.of(byId(indicator.numeratorId()), byId(indicator.denominatorId()))
                : List.of(indicator);
        Map<Long, List<FigureSources.Part>> parts =
                sources.parts(stored, s.unit().id(), s.unit().treePath(), period, s.tree());
        List<Entry> out = new ArrayList<>();
        for (Indicator part : stored) {
            out.addAll(entries(part, parts.getOrDefault(part.id(), List.of()), s.tree()));
        }
        BigDecimal figure = analytics
                .rows(indicator, List.of(s.unit()), List.of(period), s.tree())
                .get(0)
                .value();
        int count = out.size();
        return new Entries(
                indicator.code(),
                s.unit().code(),
                s.unit().fullName(),
                period.id(),
                s.tree(),
                figure,
                count,
                out.size() > MAX_ENTRIES ? List.copyOf(out.subList(0, MAX_ENTRIES)) : out);
    }

    private List<Entry> entries(Indicator indicator, List<FigureSources.Part> parts, LocalDate tree) {
        if (parts.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitName> names =
                names(parts.stream().map(FigureSources.Part::unitId).toList());
        List<String> periodIds = parts.stream()
                .flatMap(p -> p.values().stream().map(FigureSources.Value::periodId))
                .distinct()
                .toList();
        Map<String, DataValue> stored = new HashMap<>();
        for (DataValue v : lookup.find(indicator, names.keySet(), periodIds)) {
            stored.put(v.unitId() + "|" + v.option() + "|" + v.periodId(), v);
        }
        Map<String, String> options = optionNames(indicator);
        List<FigureSources.Part> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparing(FigureSources.Part::share).reversed().thenComparing(p -> names.get(p.unitId())
                .code()));
        List<Entry> out = new ArrayList<>();
        for (FigureSources.Part p : ordered) {
            UnitName u = names.get(p.unitId());
            boolean whole = p.share().compareTo(p.amount()) == 0;
            for (FigureSources.Value v : p.values()) {
                DataValue d = stored.get(p.unitId() + "|" + p.option() + "|" + v.periodId());
                out.add(new Entry(
                        indicator.code(),
                        u.code(),
                        u.name(),
                        u.endedBefore(tree),
                        v.periodId(),
                        p.option(),
                        options.getOrDefault(p.option(), p.option()),
                        v.value(),
                        whole ? null : p.share(),
                        d == null ? null : d.updatedBy(),
                        d == null ? null : d.updatedAt(),
                        d == null ? null : d.comment()));
            }
        }
        return out;
    }

    /**
     * A stored indicator's figure for the unit's subtree and period by breakdown option, largest first;
     * empty for an indicator without breakdown or a computed one. The options add up to the figure.
     */
    public List<OptionFigure> byOption(String indicatorCode, String unitCode, Period period, LocalDate asOf) {
        Indicator indicator = catalogue.get(indicatorCode);
        return byOption(List.of(indicator), unitCode, period, asOf).getOrDefault(indicator.code(), List.of());
    }

    /** {@link #byOption(String, String, Period, LocalDate)} of several indicators at once, by code. */
    public Map<String, List<OptionFigure>> byOption(
            Collection<Indicator> indicators, String unitCode, Period period, LocalDate asOf) {
        List<Indicator> wanted = indicators.stream()
                .filter(i -> i.hasBreakdown() && !i.isComputed())
                .toList();
        Map<String, List<OptionFigure>> out = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        Scope s = scope(unitCode, asOf);
        Map<Long, List<FigureSources.Part>> parts =
                sources.parts(wanted, s.unit().id(), s.unit().treePath(), period, s.tree());
        for (Indicator indicator : wanted) {
            Map<String, Totals> byOption = new LinkedHashMap<>();
            for (FigureSources.Part p : parts.getOrDefault(indicator.id(), List.of())) {
                byOption.merge(p.option(), new Totals(p.share(), 1, p.yes(), p.amount()), Totals::plus);
            }
            Map<String, String> names = optionNames(indicator);
            List<OptionFigure> figures = new ArrayList<>();
            byOption.forEach((option, t) -> {
                BigDecimal v = t.value(indicator.aggregation());
                if (v != null) {
                    figures.add(new OptionFigure(option, names.getOrDefault(option, option), v));
                }
            });
            figures.sort(Comparator.comparing(OptionFigure::value).reversed());
            if (!figures.isEmpty()) {
                out.put(indicator.code(), figures);
            }
        }
        return out;
    }

    private Indicator byId(long id) {
        return catalogue.findById(id).orElseThrow();
    }

    private Map<String, String> optionNames(Indicator indicator) {
        Map<String, String> names = new HashMap<>();
        names.put(Indicator.NO_BREAKDOWN, "");
        if (indicator.hasBreakdown()) {
            for (CategoryOption o : catalogue.options(indicator.categoryCode())) {
                names.put(o.code(), o.nameVi());
            }
        }
        return names;
    }

    private record UnitName(String code, String name, LocalDate validTo) {
        boolean endedBefore(LocalDate tree) {
            return validTo != null && validTo.isBefore(tree);
        }
    }

    /** Codes and names of many units in one query (not one lookup per unit). */
    private Map<Long, UnitName> names(List<Long> ids) {
        Map<Long, UnitName> out = new HashMap<>();
        List<Long> distinct = ids.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += 5_000) {
            jdbc.sql("select id, code, full_name, valid_to from org_unit where id in (:ids)")
                    .param("ids", distinct.subList(from, Math.min(distinct.size(), from + 5_000)))
                    .query(rs -> {
                        out.put(
                                rs.getLong(1),
                                new UnitName(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)));
                    });
        }
        return out;
    }
}
