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

    /** Those of the units {@link #isAssigned} the form, with its assignments read once for all of them. */
    public List<Unit> assigned(ReportForm form, List<Unit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Resolved> assignments = resolved(form);
        return units.stream().filter(u -> isAssigned(form, u, assignments)).toList();
    }

    /**
     * The units below {@code root} (itself included) expected to fill the form for the period, in the
     * tree in force at the end of the period, depth first with siblings by code (committees before
     * member organisations).
     *
     * <p>One recursive query over the parent links in force on that day: it descends only through
     * kinds above the form's deepest level, so a nationwide residential-area form reads each link once
     * instead of asking for the children of every unit in turn. The materialised path of each
     * assignment's root decides membership; only a historic unit outside it by path is checked
     * through its successors.
     */
    public List<Unit> expectedUnits(ReportForm form, Unit root, Period period) {
        return expected(form, root, period).stream().map(ExpectedUnit::unit).toList();
    }

    /**
     * A unit expected to fill a form, with the id of the root's child it lies under ({@code null} for the
     * root itself): a national or provincial view of a form of residential areas counts them by branch.
     */
    public record ExpectedUnit(Unit unit, Long branchId) {}

    /** As {@link #expectedUnits}, each unit with the branch of the root it lies under. */
    public List<ExpectedUnit> expected(ReportForm form, Unit root, Period period) {
        int deepest = form.levels().stream()
                .filter(k -> k != UnitKind.MEMBER_ORG)
                .mapToInt(Enum::ordinal)
                .max()
                .orElse(-1);
        boolean members = form.levels().contains(UnitKind.MEMBER_ORG);
        List<String> descend = new ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            boolean below = members || k.ordinal() < deepest;
            if (below && k != UnitKind.RESIDENTIAL_AREA && k != UnitKind.MEMBER_ORG) {
                descend.add(k.name());
            }
        }
        if (descend.isEmpty()) {
            descend.add("-");
        }
        List<Expected> rows = jdbc.sql(
                        """
                        with recursive walk (id, kind, sort_key, branch) as (
                            select u.id, u.kind, array[]::text[], null::bigint from org_unit u where u.id = :root
                            union all
                            select c.id, c.kind,
                                   w.sort_key || ((case when c.kind = 'MEMBER_ORG' then '1' else '0' end) || c.code)::text,
                                   coalesce(w.branch, c.id)
                            from walk w
                            join org_unit_parent l on l.parent_id = w.id
                                and l.valid_from <= :d and (l.valid_to is null or l.valid_to >= :d)
                            join org_unit c on c.id = l.unit_id
                                and c.valid_from <= :d and (c.valid_to is null or c.valid_to >= :d)
                            where w.kind in (:descend) and (c.kind <> 'MEMBER_ORG' or :members)
                        )
                        select w.id, w.kind, w.branch,
                               exists (select 1 from ind_form_assignment a left join org_unit r on r.id = a.root_unit_id
                                       where a.form_id = :form and a.unit_kind = w.kind
                                         and (r.id is null or u.path like r.path || '%')) as by_path,
                               exists (select 1 from ind_form_assignment a
                                       where a.form_id = :form and a.unit_kind = w.kind
                                         and a.root_unit_id is not null) as rooted,
                               u.code, u.name, u.full_name, u.unit_type, u.parent_id, p.code as parent_code,
                               u.code_path, u.path, u.level, u.valid_from, u.valid_to
                        from walk w join org_unit u on u.id = w.id left join org_unit p on p.id = u.parent_id
                        where w.kind in (:kinds)
                        order by w.sort_key""")
                .param("root", root.id())
                .param("d", period.end())
                .param("descend", descend)
                .param("members", members)
                .param("form", form.id())
                .param("kinds", form.levels().stream().map(Enum::name).toList())
                .query((rs, n) -> new Expected(
                        new ExpectedUnit(unit(rs), (Long) rs.getObject("branch")),
                        rs.getBoolean("by_path"),
                        rs.getBoolean("rooted")))
                .list();
        List<Resolved> assignments = null;
        List<ExpectedUnit> out = new ArrayList<>(rows.size());
        for (Expected e : rows) {
            if (e.byPath()) {
                out.add(e.expected());
            } else if (e.rooted() && e.expected().unit().isHistoric()) {
                if (assignments == null) {
                    assignments = resolved(form);
                }
                if (isAssigned(form, e.expected().unit(), assignments)) {
                    out.add(e.expected());
                }
            }
        }
        return out;
    }

    private record Expected(ExpectedUnit expected, boolean byPath, boolean rooted) {}

    private static Unit unit(java.sql.ResultSet rs) throws SQLException {
        return new Unit(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("full_name"),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getString("unit_type"),
                (Long) rs.getObject("parent_id"),
                rs.getString("parent_code"),
                rs.getString("code_path"),
                rs.getString("path"),
                rs.getInt("level"),
                rs.getObject("valid_from", java.time.LocalDate.class),
                rs.getObject("valid_to", java.time.LocalDate.class));
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
                        where fi.form_id = :f and i.retired_at is null order by fi.sort_order, i.code""")
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
