package vn.doanket.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.indicators.Period;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;
import vn.doanket.reports.generation.MinutesRenderer;

/**
 * Conference records: what a conference concluded and the key tasks it set, its minutes as .docx,
 * and the tasks each owner unit has let run past their due date.
 */
@Service
@Transactional(readOnly = true)
public class Conferences {

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final AuditTrail audit;

    Conferences(JdbcClient jdbc, OrgUnits units, AuditTrail audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
    }

    @Transactional
    public Conference record(String unitCode, NewConference in) {
        Unit unit = units.get(unitCode);
        String period = in.reportPeriod() == null || in.reportPeriod().isBlank()
                ? null
                : Period.parse(in.reportPeriod()).id();
        List<Unit> owners = new ArrayList<>();
        for (NewConference.NewTask t : in.tasks()) {
            Unit owner = units.get(t.ownerUnit().strip());
            if (!units.isWithin(unit, owner)) {
                throw new ReportException.TaskOwnerOutside(t.ownerUnit(), unit.fullName());
            }
            owners.add(owner);
        }
        String actor = SignedIn.account().map(a -> a.username()).orElse("system");
        long id = jdbc.sql(
                        """
                        insert into rep_conference (unit_id, kind, held_on, place, chair, attendees, report_period,
                                                    conclusions, created_by)
                        values (:u, :k, :d, :place, :chair, :att, :period, :concl, :actor) returning id""")
                .param("u", unit.id())
                .param("k", in.kind().name())
                .param("d", in.heldOn())
                .param("place", in.place().strip())
                .param("chair", in.chair().strip())
                .param("att", blank(in.attendees()))
                .param("period", period)
                .param("concl", blank(in.conclusions()))
                .param("actor", actor)
                .query(Long.class)
                .single();
        for (int i = 0; i < in.tasks().size(); i++) {
            NewConference.NewTask t = in.tasks().get(i);
            jdbc.sql(
                            """
                            insert into rep_conference_task (conference_id, position, description, owner_unit_id, due_on)
                            values (:c, :pos, :d, :o, :due)""")
                    .param("c", id)
                    .param("pos", i + 1)
                    .param("d", t.description().strip())
                    .param("o", owners.get(i).id())
                    .param("due", t.dueOn())
                    .update();
        }
        Conference saved = get(unitCode, id);
        audit.record(new AuditChange(
                unit.id(),
                unit.treePath(),
                "rep_conference",
                Long.toString(id),
                AuditAction.CREATE,
                saved.kind().title() + " ngày " + saved.heldOn() + " tại " + saved.place(),
                null,
                saved));
        return saved;
    }

    public Conference get(String unitCode, long id) {
        Unit unit = units.get(unitCode);
        List<Conference> found = load("c.id = :id and c.unit_id = :u", Map.of("id", id, "u", unit.id()));
        if (found.isEmpty()) {
            throw new ReportException.ConferenceNotFound(id, unitCode);
        }
        return found.get(0);
    }

    /** The unit's conferences, latest first. */
    public List<Conference> list(String unitCode) {
        return load("c.unit_id = :u", Map.of("u", units.get(unitCode).id()));
    }

    /** Open tasks owned by the unit whose due date has passed, earliest first. */
    public List<Conference.Task> overdue(String unitCode, LocalDate today) {
        return jdbc.sql(
                        """
                        select t.id, t.description, o.code, o.full_name, t.due_on, t.done_on
                        from rep_conference_task t join org_unit o on o.id = t.owner_unit_id
                        where t.owner_unit_id = :u and t.done_on is null and t.due_on < :today
                        order by t.due_on, t.id""")
                .param("u", units.get(unitCode).id())
                .param("today", today)
                .query((rs, n) -> task(rs))
                .list();
    }

    /** Marks an open task of the unit done today. */
    @Transactional
    public void complete(String unitCode, long taskId, LocalDate today) {
        Unit unit = units.get(unitCode);
        int n = jdbc.sql(
                        "update rep_conference_task set done_on = :d where id = :id and owner_unit_id = :u and done_on is null")
                .param("d", today)
                .param("id", taskId)
                .param("u", unit.id())
                .update();
        if (n == 1) {
            audit.record(new AuditChange(
                    unit.id(),
                    unit.treePath(),
                    "rep_conference_task",
                    Long.toString(taskId),
                    AuditAction.UPDATE,
                    "Hoàn thành nhiệm vụ số " + taskId,
                    null,
                    Map.of("doneOn", today.toString())));
        }
    }

    public ReportGenerator.Rendered minutes(String unitCode, long id) {
        Conference c = get(unitCode, id);
        Unit unit = units.get(unitCode);
        return new ReportGenerator.Rendered(
                MinutesRenderer.render(c, unit),
                "bien-ban-hoi-nghi-" + unit.code() + "-" + c.heldOn() + ".docx",
                ReportGenerator.Format.DOCX.mediaType);
    }

    private List<Conference> load(String where, Map<String, Object> params) {
        var spec = jdbc.sql(
                "select c.id, u.code, u.full_name, c.kind, c.held_on, c.place, c.chair, c.attendees, c.report_period,"
                        + " c.conclusions from rep_conference c join org_unit u on u.id = c.unit_id where " + where
                        + " order by c.held_on desc, c.id desc limit 200");
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Conference> heads = spec.query((rs, n) -> new Conference(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Conference.Kind.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        List.of()))
                .list();
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<Conference.Task>> tasks = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select t.conference_id, t.id, t.description, o.code, o.full_name, t.due_on, t.done_on
                        from rep_conference_task t join org_unit o on o.id = t.owner_unit_id
                        where t.conference_id in (:ids) order by t.conference_id, t.position""")
                .param("ids", heads.stream().map(Conference::id).toList())
                .query((rs, n) -> tasks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Conference.Task(
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getObject(6, LocalDate.class),
                                rs.getObject(7, LocalDate.class))))
                .list();
        return heads.stream()
                .map(c -> new Conference(
                        c.id(),
                        c.unitCode(),
                        c.unitName(),
                        c.kind(),
                        c.heldOn(),
                        c.place(),
                        c.chair(),
                        c.attendees(),
                        c.reportPeriod(),
                        c.conclusions(),
                        tasks.getOrDefault(c.id(), List.of())))
                .toList();
    }

    private static Conference.Task task(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Conference.Task(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class));
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }
}
