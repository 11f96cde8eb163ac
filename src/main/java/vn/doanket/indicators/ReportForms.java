package vn.doanket.indicators;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/** Report forms, their indicators and which units fill them. */
@Service
@Transactional(readOnly = true)
public class ReportForms {

    private final JdbcClient jdbc;
    private final IndicatorCatalogue catalogue;
    private final OrgUnits units;
    private final PeriodCalendar calendar;
    private final AuditTrail audit;

    ReportForms(
            JdbcClient jdbc, IndicatorCatalogue catalogue, OrgUnits units, PeriodCalendar calendar, AuditTrail audit) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.units = units;
        this.calendar = calendar;
        this.audit = audit;
    }

    public List<ReportForm> all() {
        return jdbc
                .sql(
                        "select id, code, name_vi, name_en, period_type, levels, deadline_days from ind_form order by code")
                .query((rs, n) -> new FormRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        PeriodType.valueOf(rs.getString(5)),
                        levels(rs.getArray(6)),
                        rs.getInt(7)))
                .list()
                .stream()
                .map(this::form)
                .toList();
    }

    public Optional<ReportForm> find(String code) {
        String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return all().stream().filter(f -> f.code().equals(key)).findFirst();
    }

    public ReportForm get(String code) {
        return find(code).orElseThrow(() -> new FormNotFoundException(code));
    }

    /** The form's indicators in form order. */
    public List<Indicator> indicators(ReportForm form) {
        Map<String, Indicator> byCode = catalogue.all().stream().collect(Collectors.toMap(Indicator::code, i -> i));
        return form.indicatorCodes().stream().map(byCode::get).toList();
    }

    public List<FormAssignment> assignments(ReportForm form) {
        return jdbc.sql("select id, unit_kind, root_unit_id from ind_form_assignment where form_id = :f order by id")
                .param("f", form.id())
                .query((rs, n) -> new FormAssignment(
                        rs.getLong(1), form.code(), UnitKind.valueOf(rs.getString(2)), (Long) rs.getObject(3)))
                .list();
    }

    /** Has the units of a kind below {@code root} (null: the whole country) fill the form. */
    @Transactional
    public FormAssignment assign(String formCode, UnitKind kind, String rootUnitCode) {
        ReportForm form = get(formCode);
        if (!form.levels().contains(kind)) {
            throw new ReportingRuleException(
                    "ind.form-level-mismatch", 422, form.nameVi(), IndicatorMessages.vi("level." + kind.name()));
        }
        Unit root = rootUnitCode == null ? null : units.get(rootUnitCode);
        Long rootId = root == null ? null : root.id();
        Optional<FormAssignment> existing = assignments(form).stream()
                .filter(a -> a.unitKind() == kind && java.util.Objects.equals(a.rootUnitId(), rootId))
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = jdbc.sql(
                        """
                        insert into ind_form_assignment (form_id, unit_kind, root_unit_id) values (:f, :k, :r)
                        returning id""")
                .param("f", form.id())
                .param("k", kind.name())
                .param("r", rootId)
                .query(Long.class)
                .single();
        Unit scope = root == null ? units.root() : root;
        audit.recordAs(
                Actors.current(),
                new AuditChange(
                        scope.id(),
                        scope.treePath(),
                        "ind_form_assignment",
                        Long.toString(id),
                        AuditAction.CREATE,
                        IndicatorMessages.vi(
                                "audit.ind.form-assigned",
                                form.nameVi(),
                                IndicatorMessages.vi("level." + kind.name()),
                                scope.fullName()),
                        null,
                        Map.of("form", form.code(), "kind", kind.name(), "root", scope.code())));
        return new FormAssignment(id, form.code(), kind, rootId);
    }

    /** True when the unit is of a kind that fills the form and lies below one of its assignments. */
    public boolean isAssigned(ReportForm form, Unit unit) {
        return isAssigned(form, unit, resolved(form));
    }

    /**
     * The units below {@code root} (itself included) expected to fill the form for the period, in the
     * tree in force at the end of the period, by code.
     */
    public List<Unit> expectedUnits(ReportForm form, Unit root, Period period) {
        List<Unit> found = new ArrayList<>();
        collect(form, root, period.end(), found);
        List<Resolved> assignments = resolved(form);
        return found.stream().filter(u -> isAssigned(form, u, assignments)).toList();
    }

    /** An assignment with its root unit looked up once (null root: the whole country). */
    private record Resolved(UnitKind kind, Unit root) {}

    private List<Resolved> resolved(ReportForm form) {
        return assignments(form).stream()
                .map(a -> new Resolved(
                        a.unitKind(),
                        a.rootUnitId() == null
                                ? null
                                : units.findById(a.rootUnitId()).orElseThrow()))
                .toList();
    }

    private boolean isAssigned(ReportForm form, Unit unit, List<Resolved> assignments) {
        if (!form.levels().contains(unit.kind())) {
            return false;
        }
        return assignments.stream()
                .anyMatch(a -> a.kind() == unit.kind() && (a.root() == null || units.isWithin(a.root(), unit)));
    }

    private void collect(ReportForm form, Unit unit, java.time.LocalDate day, List<Unit> found) {
        if (form.levels().contains(unit.kind())) {
            found.add(unit);
        }
        boolean below =
                form.levels().stream().anyMatch(k -> k.ordinal() > unit.kind().ordinal());
        if (!below || unit.kind() == UnitKind.RESIDENTIAL_AREA || unit.kind() == UnitKind.MEMBER_ORG) {
            return;
        }
        for (Unit child : units.children(unit, day)) {
            if (child.kind() != UnitKind.MEMBER_ORG || form.levels().contains(UnitKind.MEMBER_ORG)) {
                collect(form, child, day, found);
            }
        }
    }

    /** The last day a report counts as on time. */
    public java.time.LocalDate deadline(ReportForm form, Period period) {
        return calendar.deadline(period, form.deadlineDays());
    }

    private record FormRow(
            long id,
            String code,
            String nameVi,
            String nameEn,
            PeriodType type,
            Set<UnitKind> levels,
            int deadlineDays) {}

    private ReportForm form(FormRow r) {
        List<String> codes = jdbc.sql(
                        """
                        select i.code from ind_form_indicator fi join ind_indicator i on i.id = fi.indicator_id
                        where fi.form_id = :f order by fi.sort_order, i.code""")
                .param("f", r.id())
                .query(String.class)
                .list();
        return new ReportForm(r.id(), r.code(), r.nameVi(), r.nameEn(), r.type(), r.levels(), r.deadlineDays(), codes);
    }

    private static Set<UnitKind> levels(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        return Arrays.stream(names)
                .map(UnitKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnitKind.class)));
    }
}
