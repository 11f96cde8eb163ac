package vn.doanket.indicators;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * Submission and approval of report forms: a unit submits, the level above approves (which locks the
 * values) or returns it with a comment (which unlocks them), and any unit can see who below it has
 * reported and on time. Callers check that the user belongs to the acting unit.
 */
@Service
@Transactional(readOnly = true)
public class Submissions {

    private static final String SELECT =
            """
            select s.id, f.code as form_code, s.unit_id, s.period_id, s.status, s.deadline, s.first_submitted_at,
                   s.on_time, s.submitted_by, s.submitted_at, s.decided_by, s.decided_by_unit_id, s.decided_at,
                   s.decision_comment, s.version
            from ind_submission s join ind_form f on f.id = s.form_id
            """;

    private static final RowMapper<Submission> MAPPER = (rs, n) -> new Submission(
            rs.getLong("id"),
            rs.getString("form_code"),
            rs.getLong("unit_id"),
            rs.getString("period_id"),
            SubmissionStatus.valueOf(rs.getString("status")),
            rs.getObject("deadline", LocalDate.class),
            rs.getTimestamp("first_submitted_at").toInstant(),
            rs.getBoolean("on_time"),
            rs.getString("submitted_by"),
            rs.getTimestamp("submitted_at").toInstant(),
            rs.getString("decided_by"),
            (Long) rs.getObject("decided_by_unit_id"),
            rs.getTimestamp("decided_at") == null
                    ? null
                    : rs.getTimestamp("decided_at").toInstant(),
            rs.getString("decision_comment"),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final ReportForms forms;
    private final OrgUnits units;
    private final PeriodCalendar calendar;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Submissions(
            JdbcClient jdbc,
            ReportForms forms,
            OrgUnits units,
            PeriodCalendar calendar,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.units = units;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
    }

    /** The unit submits its form for the period (again, after a return). */
    @Transactional
    public Submission submit(String formCode, String unitCode, String periodId) {
        Target t = target(formCode, unitCode, periodId);
        if (!forms.isAssigned(t.form(), t.unit())) {
            throw new ReportingRuleException(
                    "ind.form-not-assigned", 422, t.form().nameVi(), t.unit().fullName());
        }
        if (!calendar.hasStarted(t.period())) {
            throw new PeriodClosedException(
                    "ind.period-not-open",
                    t.period().label(),
                    TimeFormat.vietnamese(calendar.window(t.period()).from()));
        }
        Optional<Submission> current = find(t);
        current.ifPresent(s -> {
            if (s.status() == SubmissionStatus.SUBMITTED || s.status() == SubmissionStatus.APPROVED) {
                throw new ReportingRuleException(
                        "ind.submission-already-" + s.status().name().toLowerCase(java.util.Locale.ROOT),
                        409,
                        t.form().nameVi(),
                        t.unit().fullName(),
                        t.period().label());
            }
        });
        String actor = Actors.current();
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate deadline = forms.deadline(t.form(), t.period());
        boolean onTime = !calendar.today().isAfter(deadline);
        if (current.isEmpty()) {
            jdbc.sql(
                            """
                            insert into ind_submission (form_id, unit_id, period_id, status, deadline, first_submitted_at,
                                   on_time, submitted_by, submitted_at)
                            values (:f, :u, :p, 'SUBMITTED', :deadline, :now, :onTime, :actor, :now)""")
                    .param("f", t.form().id())
                    .param("u", t.unit().id())
                    .param("p", t.period().id())
                    .param("deadline", deadline)
                    .param("now", now)
                    .param("onTime", onTime)
                    .param("actor", actor)
                    .update();
        } else {
            change(
                    current.get(),
                    "status = 'SUBMITTED', submitted_by = :actor, submitted_at = :now",
                    Map.of("actor", actor, "now", now));
        }
        Submission saved = find(t).orElseThrow();
        record(t, current.orElse(null), saved, AuditAction.SUBMIT, "audit.ind.form-submitted", "");
        events.publishEvent(new FormSubmitted(
                saved.id(),
                t.form().code(),
                t.unit().id(),
                t.unit().treePath(),
                t.period().id(),
                saved.onTime(),
                current.isPresent()));
        return saved;
    }

    /** The level above approves a submitted form, which locks its values. */
    @Transactional
    public Submission approve(String formCode, String unitCode, String periodId, String approverUnitCode) {
        Target t = target(formCode, unitCode, periodId);
        Unit approver = above(t, approverUnitCode);
        Optional<Submission> found = find(t);
        Submission current =
                found.filter(s -> s.status() == SubmissionStatus.SUBMITTED).orElseThrow(() -> notSubmitted(t, found));
        change(
                current,
                "status = 'APPROVED', decided_by = :actor, decided_by_unit_id = :approver, decided_at = :now,"
                        + " decision_comment = null",
                Map.of("actor", Actors.current(), "approver", approver.id(), "now", Timestamp.from(Instant.now())));
        Submission saved = find(t).orElseThrow();
        record(t, current, saved, AuditAction.APPROVE, "audit.ind.form-approved", approver.fullName());
        events.publishEvent(new FormApproved(
                saved.id(), t.form().code(), t.unit().id(), t.period().id(), approver.id()));
        return saved;
    }

    /** The level above returns a submitted or approved form with a comment, which unlocks its values. */
    @Transactional
    public Submission returnForCorrection(
            String formCode, String unitCode, String periodId, String approverUnitCode, String comment) {
        Target t = target(formCode, unitCode, periodId);
        Unit approver = above(t, approverUnitCode);
        if (comment == null || comment.isBlank()) {
            throw new ReportingRuleException(
                    "ind.submission-comment-required", 422, t.form().nameVi());
        }
        Optional<Submission> found = find(t);
        Submission current = found.filter(
                        s -> s.status() == SubmissionStatus.SUBMITTED || s.status() == SubmissionStatus.APPROVED)
                .orElseThrow(() -> notSubmitted(t, found));
        change(
                current,
                "status = 'RETURNED', decided_by = :actor, decided_by_unit_id = :approver, decided_at = :now,"
                        + " decision_comment = :comment",
                Map.of(
                        "actor", Actors.current(),
                        "approver", approver.id(),
                        "now", Timestamp.from(Instant.now()),
                        "comment", comment.strip()));
        Submission saved = find(t).orElseThrow();
        record(t, current, saved, AuditAction.RETURN, "audit.ind.form-returned", comment.strip());
        events.publishEvent(new FormReturned(
                saved.id(), t.form().code(), t.unit().id(), t.period().id(), approver.id(), comment.strip()));
        return saved;
    }

    public Optional<Submission> find(String formCode, String unitCode, String periodId) {
        return find(target(formCode, unitCode, periodId));
    }

    /**
     * Who below {@code rootUnitCode} (in the tree in force at the end of the period) was expected to
     * report the form, who did, who did on time and who is missing; and the same counts for each child of
     * the root (the branch of the tree each expected unit lies in).
     */
    public Completeness completeness(String formCode, String rootUnitCode, String periodId) {
        ReportForm form = forms.get(formCode);
        Period period = periodOf(form, periodId);
        Unit root = units.get(rootUnitCode, period.end());
        List<ReportForms.ExpectedUnit> expected = forms.expected(form, root, period);
        Map<Long, Submission> byUnit = submissionsOf(form, period);
        Map<Long, Unit> children = new java.util.HashMap<>();
        if (expected.stream().anyMatch(e -> e.branchId() != null)) {
            units.children(root, period.end()).forEach(c -> children.put(c.id(), c));
        }
        List<UnitCompleteness> rows = new java.util.ArrayList<>(expected.size());
        // branches in the order the walk met them (depth first, siblings by code): the tree's order
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (ReportForms.ExpectedUnit e : expected) {
            Unit u = e.unit();
            Unit branch = e.branchId() == null
                    ? null
                    : children.computeIfAbsent(
                            e.branchId(), k -> units.findById(k).orElseThrow());
            Submission s = byUnit.get(u.id());
            UnitCompleteness row = new UnitCompleteness(
                    u.id(),
                    u.code(),
                    u.fullName(),
                    s == null ? SubmissionStatus.NOT_SUBMITTED : s.status(),
                    s != null && s.onTime(),
                    branch == null ? null : branch.code());
            rows.add(row);
            int[] c = counts.computeIfAbsent(branch == null ? root.id() : branch.id(), k -> new int[4]);
            c[0]++;
            c[1] += row.status() == SubmissionStatus.NOT_SUBMITTED ? 0 : 1;
            c[2] += row.onTime() ? 1 : 0;
            c[3] += row.status() == SubmissionStatus.APPROVED ? 1 : 0;
        }
        List<CompletenessBranch> branches = new java.util.ArrayList<>(counts.size());
        int[] own = counts.remove(root.id());
        if (own != null) {
            branches.add(branch(root, true, own));
        }
        counts.forEach((id, c) -> branches.add(branch(children.get(id), false, c)));
        return new Completeness(form.code(), period.id(), forms.deadline(form, period), rows, branches);
    }

    private static CompletenessBranch branch(Unit unit, boolean self, int[] c) {
        return new CompletenessBranch(unit.code(), unit.fullName(), self, c[0], c[1], c[2], c[3]);
    }

    /**
     * Every unit's submission of the form for the period, keyed by unit id: what a list of units below
     * shows beside each, read with one query rather than one per unit.
     */
    public Map<Long, Submission> submissions(String formCode, String periodId) {
        ReportForm form = forms.get(formCode);
        return submissionsOf(form, periodOf(form, periodId));
    }

    private Map<Long, Submission> submissionsOf(ReportForm form, Period period) {
        return jdbc
                .sql(SELECT + " where s.form_id = :f and s.period_id = :p")
                .param("f", form.id())
                .param("p", period.id())
                .query(MAPPER)
                .list()
                .stream()
                .collect(Collectors.toMap(Submission::unitId, Function.identity()));
    }

    private record Target(ReportForm form, Unit unit, Period period) {}

    private Target target(String formCode, String unitCode, String periodId) {
        ReportForm form = forms.get(formCode);
        Period period = periodOf(form, periodId);
        return new Target(form, units.get(unitCode, period.end()), period);
    }

    private static Period periodOf(ReportForm form, String periodId) {
        Period period = Period.parse(periodId);
        if (period.type() != form.periodType()) {
            throw new ReportingRuleException(
                    "ind.form-period-type",
                    422,
                    form.nameVi(),
                    IndicatorMessages.vi("period.type." + form.periodType().name()),
                    period.label());
        }
        return period;
    }

    private Unit above(Target t, String approverUnitCode) {
        Unit approver = units.get(approverUnitCode, t.period().end());
        if (approver.id() == t.unit().id() || !units.isWithin(approver, t.unit())) {
            throw new ReportingRuleException(
                    "ind.submission-not-above",
                    403,
                    approver.fullName(),
                    t.unit().fullName());
        }
        return approver;
    }

    /**
     * Why a form cannot be decided on: it was decided already (by whom and when: two leaders of a province
     * on one approvals page, the second click comes too late), or it has not been sent.
     */
    private ReportingRuleException notSubmitted(Target t, Optional<Submission> found) {
        if (found.isPresent()
                && found.get().decidedAt() != null
                && (found.get().status() == SubmissionStatus.APPROVED
                        || found.get().status() == SubmissionStatus.RETURNED)) {
            Submission s = found.get();
            return new ReportingRuleException(
                    "ind.submission-decided-" + s.status().name().toLowerCase(java.util.Locale.ROOT),
                    409,
                    t.form().nameVi(),
                    t.unit().fullName(),
                    t.period().label(),
                    s.decidedBy(),
                    TimeFormat.vietnamese(s.decidedAt()));
        }
        return new ReportingRuleException(
                "ind.submission-not-submitted",
                409,
                t.form().nameVi(),
                t.unit().fullName(),
                t.period().label());
    }

    private Optional<Submission> find(Target t) {
        return jdbc.sql(SELECT + " where s.form_id = :f and s.unit_id = :u and s.period_id = :p")
                .param("f", t.form().id())
                .param("u", t.unit().id())
                .param("p", t.period().id())
                .query(MAPPER)
                .optional();
    }

    /** Applies a state change if nobody changed the submission since it was read. */
    private void change(Submission current, String set, Map<String, Object> params) {
        var spec = jdbc.sql("update ind_submission set " + set
                        + ", version = version + 1 where id = :id and version = :version")
                .param("id", current.id())
                .param("version", current.version());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        if (spec.update() == 0) {
            throw new ReportingRuleException("ind.submission-changed", 409);
        }
    }

    private void record(Target t, Submission before, Submission after, AuditAction action, String key, String extra) {
        audit.recordAs(
                Actors.current(),
                new AuditChange(
                        t.unit().id(),
                        t.unit().treePath(),
                        "ind_submission",
                        Long.toString(after.id()),
                        action,
                        IndicatorMessages.vi(
                                key,
                                t.form().nameVi(),
                                t.unit().fullName(),
                                t.period().label(),
                                extra),
                        before == null ? null : snapshot(before),
                        snapshot(after)));
    }

    private static Map<String, Object> snapshot(Submission s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("form", s.formCode());
        m.put("unitId", s.unitId());
        m.put("period", s.periodId());
        m.put("status", s.status().name());
        m.put("onTime", s.onTime());
        m.put("comment", s.decisionComment());
        m.put("version", s.version());
        return m;
    }
}
