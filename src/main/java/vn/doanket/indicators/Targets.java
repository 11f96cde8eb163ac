package vn.doanket.indicators;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Targets (chỉ tiêu giao): an upper unit sets, per indicator and period, a target for itself and for
 * each unit below it; achievement is the actual figure over the target.
 */
@Service
@Transactional(readOnly = true)
public class Targets {

    private static final RowMapper<Target> MAPPER = (rs, n) -> new Target(
            rs.getLong("id"),
            rs.getString("indicator_code"),
            rs.getLong("unit_id"),
            rs.getString("period_id"),
            TypedValue.plain(rs.getBigDecimal("target_value")),
            rs.getLong("set_by_unit_id"),
            rs.getString("set_by"),
            rs.getTimestamp("set_at").toInstant(),
            rs.getInt("version"));

    private static final String SELECT =
            """
            select t.id, i.code as indicator_code, t.unit_id, t.period_id, t.target_value, t.set_by_unit_id, t.set_by,
                   t.set_at, t.version
            from ind_target t join ind_indicator i on i.id = t.indicator_id
            """;

    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final IndicatorCatalogue catalogue;
    private final OrgUnits units;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Targets(
            JdbcClient jdbc,
            IndicatorCatalogue catalogue,
            OrgUnits units,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Sets (or replaces) the target of {@code unitCode}; {@code setterUnitCode} is the unit of the
     * person setting it, which must be that unit or above it. The value is written as people write it.
     */
    @Transactional
    public Target set(String indicatorCode, String unitCode, String periodId, String value, String setterUnitCode) {
        Indicator indicator = catalogue.get(indicatorCode);
        if (!indicator.valueType().isNumeric() && !indicator.isComputed()) {
            throw new ReportingRuleException("ind.target-not-numeric", 422, indicator.nameVi());
        }
        Period period = Period.parse(periodId);
        Unit unit = units.get(unitCode, period.end());
        Unit setter = units.get(setterUnitCode, period.end());
        if (!units.isWithin(setter, unit)) {
            throw new ReportingRuleException("ind.target-not-below", 403, setter.fullName(), unit.fullName());
        }
        BigDecimal target = VietnameseNumbers.parse(value, NumberNotation.VIETNAMESE)
                .orElseThrow(() -> new InvalidValueException("ind.value-not-a-number", value, indicator.nameVi()));
        if (target.signum() < 0) {
            throw new InvalidValueException("ind.value-negative", value, indicator.nameVi());
        }
        Optional<Target> before = find(indicator, unit, period);
        String actor = Actors.current();
        Target saved = jdbc.sql(
                        """
                        insert into ind_target (indicator_id, unit_id, period_id, target_value, set_by_unit_id, set_by, set_at)
                        values (:i, :u, :p, :v, :s, :actor, :now)
                        on conflict (indicator_id, unit_id, period_id) do update
                           set target_value = excluded.target_value, set_by_unit_id = excluded.set_by_unit_id,
                               set_by = excluded.set_by, set_at = excluded.set_at, version = ind_target.version + 1
                        returning id""")
                .param("i", indicator.id())
                .param("u", unit.id())
                .param("p", period.id())
                .param("v", target)
                .param("s", setter.id())
                .param("actor", actor)
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .optional()
                .flatMap(id -> find(indicator, unit, period))
                .orElseThrow();
        audit.recordAs(
                Actors.current(),
                new AuditChange(
                        unit.id(),
                        unit.treePath(),
                        "ind_target",
                        Long.toString(saved.id()),
                        before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                        IndicatorMessages.vi(
                                "audit.ind.target-set",
                                indicator.nameVi(),
                                unit.fullName(),
                                period.label(),
                                VietnameseNumbers.format(target),
                                setter.fullName()),
                        before.map(Targets::snapshot).orElse(null),
                        snapshot(saved)));
        events.publishEvent(new TargetSet(
                indicator.id(),
                indicator.code(),
                unit.id(),
                period.id(),
                before.map(Target::value).orElse(null),
                saved.value()));
        return saved;
    }

    public Optional<Target> find(String indicatorCode, String unitCode, String periodId) {
        Indicator indicator = catalogue.get(indicatorCode);
        Period period = Period.parse(periodId);
        return find(indicator, units.get(unitCode, period.end()), period);
    }

    /** Targets of one unit for a period, in catalogue order. */
    public List<Target> forUnit(String unitCode, String periodId) {
        Period period = Period.parse(periodId);
        return jdbc.sql(SELECT + " where t.unit_id = :u and t.period_id = :p order by i.sort_order")
                .param("u", units.get(unitCode, period.end()).id())
                .param("p", period.id())
                .query(MAPPER)
                .list();
    }

    /**
     * Targets of one indicator and period for many units in one query, by unit id; units without a
     * target are absent. Unknown unit ids are simply not found.
     */
    public Map<Long, Target> forUnits(String indicatorCode, Collection<Long> unitIds, String periodId) {
        Map<Long, Target> out = new HashMap<>();
        for (Target t : forUnits(List.of(indicatorCode), unitIds, List.of(periodId))) {
            out.put(t.unitId(), t);
        }
        return out;
    }

    /**
     * Targets of several indicators, units and periods in one query (a report's tables, a dashboard's
     * rows), in no particular order.
     */
    public List<Target> forUnits(
            Collection<String> indicatorCodes, Collection<Long> unitIds, Collection<String> periodIds) {
        if (indicatorCodes.isEmpty() || unitIds.isEmpty() || periodIds.isEmpty()) {
            return List.of();
        }
        List<String> codes = indicatorCodes.stream()
                .map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
        List<Target> out = new ArrayList<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(unitIds));
        // bounded IN lists: a table of every commune of the country stays a handful of queries
        for (int from = 0; from < ids.size(); from += BATCH) {
            out.addAll(jdbc.sql(SELECT + " where i.code in (:i) and t.unit_id in (:u) and t.period_id in (:p)")
                    .param("i", codes)
                    .param("u", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .param("p", List.copyOf(new LinkedHashSet<>(periodIds)))
                    .query(MAPPER)
                    .list());
        }
        return out;
    }

    /** The actual figure against the unit's target; no percentage when there is no target. */
    public Achievement achievement(String indicatorCode, String unitCode, String periodId, BigDecimal actual) {
        return Achievement.of(
                actual,
                find(indicatorCode, unitCode, periodId).map(Target::value).orElse(null));
    }

    private Optional<Target> find(Indicator indicator, Unit unit, Period period) {
        return jdbc.sql(SELECT + " where t.indicator_id = :i and t.unit_id = :u and t.period_id = :p")
                .param("i", indicator.id())
                .param("u", unit.id())
                .param("p", period.id())
                .query(MAPPER)
                .optional();
    }

    private static Map<String, Object> snapshot(Target t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", t.indicatorCode());
        m.put("unitId", t.unitId());
        m.put("period", t.periodId());
        m.put("value", t.value());
        m.put("setByUnitId", t.setByUnitId());
        m.put("version", t.version());
        return m;
    }
}
