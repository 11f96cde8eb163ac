package vn.doanket.indicators;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import vn.doanket.platform.Messages;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Forbidden;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Creates and edits report forms: name, period type, the levels that fill them, the deadline (days
 * after the end of the period's data window) and the indicators in order; and removes assignments
 * (assigning is {@link ReportForms#assign}). A form that has submissions keeps its period type, and a
 * level still assigned cannot be dropped. Callers check who may do it: form definitions belong to the
 * central committee's administrators, assignments to the administrators of the subtree.
 */
@Service
@Transactional(readOnly = true)
public class FormEditor {

    private final JdbcClient jdbc;
    private final ReportForms forms;
    private final IndicatorCatalogue catalogue;
    private final OrgUnits units;
    private final AuditTrail audit;

    private final org.springframework.context.ApplicationEventPublisher events;

    FormEditor(
            JdbcClient jdbc,
            ReportForms forms,
            IndicatorCatalogue catalogue,
            OrgUnits units,
            AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.forms = forms;
        this.catalogue = catalogue;
        this.units = units;
        this.audit = audit;
    }

    /** The version of a form, for optimistic locking of its editor. */
    public int version(ReportForm form) {
        return jdbc.sql("select version from ind_form where id = :id")
                .param("id", form.id())
                .query(Integer.class)
                .single();
    }

    @Transactional
    public ReportForm create(FormDraft draft) {
        Map<String, Messages.Text> errors = new LinkedHashMap<>();
        String code = draft.code() == null || draft.code().isBlank()
                ? null
                : draft.code().strip().toUpperCase(Locale.ROOT);
        if (code == null) {
            errors.put("code", IndicatorMessages.text("error.ind.form-code-required"));
        } else if (code.length() > 40 || !CatalogueEditor.CODE.matcher(code).matches()) {
            errors.put(
                    "code",
                    IndicatorMessages.text(
                            "error.ind.form-code-invalid", draft.code().strip()));
        } else if (forms.find(code).isPresent()) {
            errors.put("code", IndicatorMessages.text("error.ind.form-code-taken", code));
        }
        Checked c = check(draft, errors);
        long id = jdbc.sql(
                        """
                        insert into ind_form (code, name_vi, name_en, period_type, levels, deadline_days)
                        values (:code, :nameVi, :nameEn, :type, string_to_array(:levels, ',')::varchar(24)[], :days)
                        returning id""")
                .param("code", code)
                .param("nameVi", c.nameVi())
                .param("nameEn", c.nameEn())
                .param("type", c.type().name())
                .param("levels", levels(c.levels()))
                .param("days", c.days())
                .query(Long.class)
                .single();
        writeIndicators(id, c.indicators());
        ReportForm created = forms.get(code);
        record(created, AuditAction.CREATE, "audit.ind.form-created", null, snapshot(created));
        return created;
    }

    @Transactional
    public ReportForm update(String formCode, FormDraft draft) {
        ReportForm before = forms.get(formCode);
        Map<String, Messages.Text> errors = new LinkedHashMap<>();
        Checked c = check(draft, errors);
        if (c.type() != before.periodType() && hasSubmissions(before)) {
            errors.put("periodType", IndicatorMessages.text("error.ind.form-period-type-frozen", before.nameVi()));
        }
        Set<UnitKind> dropped = EnumSet.noneOf(UnitKind.class);
        dropped.addAll(before.levels());
        dropped.removeAll(c.levels());
        List<Messages.Text> stillAssigned = forms.assignments(before).stream()
                .map(FormAssignment::unitKind)
                .filter(dropped::contains)
                .distinct()
                .<Messages.Text>map(k -> IndicatorMessages.text("level." + k.name()))
                .toList();
        if (!stillAssigned.isEmpty()) {
            errors.put(
                    "levels",
                    IndicatorMessages.text(
                            "error.ind.form-level-assigned", before.nameVi(), Messages.joined(", ", stillAssigned)));
        }
        if (draft.version() != null && draft.version() != version(before)) {
            throw new CatalogueRejectedException(
                    "ind.form-changed",
                    409,
                    Map.of("version", IndicatorMessages.text("error.ind.form-changed", before.nameVi())));
        }
        if (!errors.isEmpty()) {
            throw new CatalogueRejectedException("ind.catalogue-invalid", 422, errors);
        }
        jdbc.sql(
                        """
                        update ind_form set name_vi = :nameVi, name_en = :nameEn, period_type = :type,
                               levels = string_to_array(:levels, ',')::varchar(24)[], deadline_days = :days,
                               version = version + 1
                        where id = :id""")
                .param("nameVi", c.nameVi())
                .param("nameEn", c.nameEn())
                .param("type", c.type().name())
                .param("levels", levels(c.levels()))
                .param("days", c.days())
                .param("id", before.id())
                .update();
        // Retired indicators keep their rows, so restoring one puts it back where it was.
        jdbc.sql(
                        """
                        delete from ind_form_indicator fi using ind_indicator i
                        where fi.form_id = :id and i.id = fi.indicator_id and i.retired_at is null""")
                .param("id", before.id())
                .update();
        writeIndicators(before.id(), c.indicators());
        ReportForm after = forms.get(before.code());
        record(after, AuditAction.UPDATE, "audit.ind.form-updated", snapshot(before), snapshot(after));
        return after;
    }

    /** Removes an assignment; units of that kind below its root no longer fill the form. */
    @Transactional
    public void unassign(String formCode, long assignmentId) {
        ReportForm form = forms.get(formCode);
        FormAssignment a = forms.assignments(form).stream()
                .filter(x -> x.id() == assignmentId)
                .findFirst()
                .orElseThrow(() -> new ReportingRuleException("ind.form-assignment-not-found", 404, form.nameVi()));
        jdbc.sql("delete from ind_form_assignment where id = :id")
                .param("id", a.id())
                .update();
        Unit scope = scope(a);
        audit.recordAs(
                Actors.current(),
                new AuditChange(
                        scope.id(),
                        scope.treePath(),
                        "ind_form_assignment",
                        Long.toString(a.id()),
                        AuditAction.DELETE,
                        IndicatorMessages.vi(
                                "audit.ind.form-unassigned",
                                form.nameVi(),
                                IndicatorMessages.vi("level." + a.unitKind().name()),
                                scope.fullName()),
                        Map.of("form", form.code(), "kind", a.unitKind().name(), "root", scope.code()),
                        null));
    }

    /**
     * An administrator assigns forms within their own subtree; the whole country (no root) only from
     * the central committee. Throws 403 with a Vietnamese message otherwise.
     */
    public void requireMayAssign(CurrentAccount account, String rootUnitCode) {
        Unit scope = rootUnitCode == null || rootUnitCode.isBlank() ? units.root() : units.get(rootUnitCode.strip());
        requireMayAssign(account, scope);
    }

    public void requireMayAssign(CurrentAccount account, Unit scope) {
        if (!account.has(Role.ADMIN)) {
            throw new Forbidden(IndicatorMessages.text("error.ind.not-an-admin", account.username()));
        }
        if (scope.kind() == UnitKind.CENTRAL && !OrgUnits.ROOT_CODE.equals(account.homeUnitCode())) {
            throw new Forbidden(IndicatorMessages.text("error.ind.assign-country-central-only"));
        }
        if (!units.isVisibleTo(account, scope)) {
            throw new Forbidden(
                    IndicatorMessages.text("error.ind.unit-outside-account", scope.fullName(), account.username()));
        }
    }

    /** The unit an assignment hangs from: its root, or the central committee for the whole country. */
    public Unit scope(FormAssignment a) {
        return a.rootUnitId() == null
                ? units.root()
                : units.findById(a.rootUnitId()).orElseThrow();
    }

    private record Checked(
            String nameVi,
            String nameEn,
            PeriodType type,
            Set<UnitKind> levels,
            int days,
            List<Indicator> indicators) {}

    private Checked check(FormDraft d, Map<String, Messages.Text> errors) {
        String nameVi = required(d.nameVi(), 300, "nameVi", errors);
        String nameEn = required(d.nameEn(), 300, "nameEn", errors);
        PeriodType type = null;
        if (d.periodType() == null || d.periodType().isBlank()) {
            errors.put("periodType", IndicatorMessages.text("error.ind.catalogue-choose"));
        } else {
            try {
                type = PeriodType.valueOf(d.periodType().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("periodType", IndicatorMessages.text("error.ind.catalogue-choice-invalid", d.periodType()));
            }
        }
        Set<UnitKind> levels = EnumSet.noneOf(UnitKind.class);
        for (String l : d.levels()) {
            try {
                levels.add(UnitKind.valueOf(l.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.put("levels", IndicatorMessages.text("error.ind.catalogue-choice-invalid", l));
            }
        }
        if (levels.isEmpty() && !errors.containsKey("levels")) {
            errors.put("levels", IndicatorMessages.text("error.ind.form-levels-required"));
        }
        int days = 0;
        String rawDays = d.deadlineDays() == null ? "" : d.deadlineDays().strip();
        try {
            days = Integer.parseInt(rawDays);
            if (days < 0 || days > 365) {
                errors.put("deadlineDays", IndicatorMessages.text("error.ind.form-deadline", rawDays));
            }
        } catch (NumberFormatException e) {
            errors.put("deadlineDays", IndicatorMessages.text("error.ind.form-deadline", rawDays));
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Messages.Text> problems = new ArrayList<>();
        for (String raw : d.indicators()) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String code = raw.strip().toUpperCase(Locale.ROOT);
            if (!seen.add(code)) {
                problems.add(IndicatorMessages.text("error.ind.form-indicator-twice", code));
                continue;
            }
            Optional<Indicator> i = catalogue.find(code);
            if (i.isEmpty()) {
                problems.add(IndicatorMessages.text("error.ind.form-indicator-unknown", raw.strip()));
            } else if (isRetired(i.get())) {
                problems.add(IndicatorMessages.text(
                        "error.ind.form-indicator-retired", i.get().nameVi()));
            } else if (!i.get().isComputed()
                    && !levels.isEmpty()
                    && levels.stream().noneMatch(i.get()::isEnteredAt)) {
                problems.add(IndicatorMessages.text(
                        "error.ind.form-indicator-level",
                        i.get().nameVi(),
                        Messages.joined(
                                ", ",
                                levels.stream()
                                        .map(k -> IndicatorMessages.text("level." + k.name()))
                                        .toList())));
            } else {
                indicators.add(i.get());
            }
        }
        if (problems.isEmpty() && indicators.isEmpty()) {
            problems.add(IndicatorMessages.text("error.ind.form-indicators-required"));
        }
        if (!problems.isEmpty()) {
            errors.put("indicators", Messages.joined(" ", problems));
        }
        if (!errors.isEmpty()) {
            throw new CatalogueRejectedException("ind.catalogue-invalid", 422, errors);
        }
        return new Checked(nameVi, nameEn, type, levels, days, indicators);
    }

    private boolean isRetired(Indicator i) {
        return jdbc.sql("select retired_at is not null from ind_indicator where id = :id")
                .param("id", i.id())
                .query(Boolean.class)
                .single();
    }

    private boolean hasSubmissions(ReportForm form) {
        return jdbc.sql("select exists (select 1 from ind_submission where form_id = :id)")
                .param("id", form.id())
                .query(Boolean.class)
                .single();
    }

    private void writeIndicators(long formId, List<Indicator> indicators) {
        int order = 1;
        for (Indicator i : indicators) {
            jdbc.sql(
                            """
                            insert into ind_form_indicator (form_id, indicator_id, sort_order) values (:f, :i, :o)
                            on conflict (form_id, indicator_id) do update set sort_order = excluded.sort_order""")
                    .param("f", formId)
                    .param("i", i.id())
                    .param("o", order++)
                    .update();
        }
    }

    private static String levels(Set<UnitKind> levels) {
        return levels.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static String required(String raw, int max, String field, Map<String, Messages.Text> errors) {
        if (raw == null || raw.isBlank()) {
            errors.put(field, IndicatorMessages.text("error.ind.catalogue-required"));
            return null;
        }
        if (raw.strip().length() > max) {
            errors.put(field, IndicatorMessages.text("error.ind.catalogue-too-long", Integer.toString(max)));
        }
        return raw.strip();
    }

    private void record(ReportForm form, AuditAction action, String key, Object before, Object after) {
        events.publishEvent(new ReportFormChanged(form.id(), form.code()));
        Unit root = units.root();
        audit.recordAs(
                Actors.current(),
                new AuditChange(
                        root.id(),
                        root.treePath(),
                        "ind_form",
                        Long.toString(form.id()),
                        action,
                        IndicatorMessages.vi(key, form.nameVi(), form.code()),
                        before,
                        after));
    }

    private static Map<String, Object> snapshot(ReportForm f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code());
        m.put("nameVi", f.nameVi());
        m.put("nameEn", f.nameEn());
        m.put("periodType", f.periodType().name());
        m.put("levels", f.levels().stream().map(Enum::name).sorted().toList());
        m.put("deadlineDays", f.deadlineDays());
        m.put("indicators", f.indicatorCodes());
        return m;
    }
}
