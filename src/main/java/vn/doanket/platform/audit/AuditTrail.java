package vn.doanket.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes and reads the audit trail. {@link #record} joins the caller's transaction, so an entry
 * exists exactly when the change it describes was committed.
 */
@Service
public class AuditTrail {

    public static final int MAX_PAGE = 500;

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final JdbcTemplate template;

    AuditTrail(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json) {
        this.template = template;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditChange change) {
        recordAs(currentActor(), change);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, AuditChange change) {
        jdbc.sql(
                        """
                        insert into audit_entry (actor, unit_id, unit_path, entity, entity_id, action, summary,
                                                 before_data, after_data)
                        values (:actor, :unitId, :unitPath, :entity, :entityId, :action, :summary,
                                cast(:before as json), cast(:after as json))""")
                .param("actor", actor)
                .param("unitId", change.unitId())
                .param("unitPath", change.unitPath())
                .param("entity", change.entity())
                .param("entityId", change.entityId())
                .param("action", change.action().name())
                .param("summary", truncate(change.summary(), 500))
                .param("before", toJson(change.before()))
                .param("after", toJson(change.after()))
                .update();
    }

    /**
     * Records many changes by one actor with a single statement, in the caller's transaction: what a
     * form or upload of many values writes, one entry per change as {@link #recordAs} would.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAllAs(String actor, List<AuditChange> changes) {
        recordAll(java.util.Collections.nCopies(changes.size(), actor), changes);
    }

    /**
     * Records many changes, each by its own actor ({@code actors.get(i)} made {@code changes.get(i)}), with
     * a single statement in the caller's transaction: the saves of several people written together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<String> actors, List<AuditChange> changes) {
        if (actors.size() != changes.size()) {
            throw new IllegalArgumentException(actors.size() + " actors for " + changes.size() + " changes");
        }
        if (changes.isEmpty()) {
            return;
        }
        int n = changes.size();
        String[] who = actors.toArray(new String[0]);
        Long[] unitIds = new Long[n];
        String[] paths = new String[n];
        String[] entities = new String[n];
        String[] entityIds = new String[n];
        String[] actions = new String[n];
        String[] summaries = new String[n];
        String[] befores = new String[n];
        String[] afters = new String[n];
        for (int i = 0; i < n; i++) {
            AuditChange c = changes.get(i);
            unitIds[i] = c.unitId();
            paths[i] = c.unitPath();
            entities[i] = c.entity();
            entityIds[i] = c.entityId();
            actions[i] = c.action().name();
            summaries[i] = truncate(c.summary(), 500);
            befores[i] = toJson(c.before());
            afters[i] = toJson(c.after());
        }
        template.execute((java.sql.Connection con) -> {
            try (var ps = con.prepareStatement(
                    """
                    insert into audit_entry (actor, unit_id, unit_path, entity, entity_id, action, summary,
                                             before_data, after_data)
                    select t.w, t.u, t.p, t.e, t.i, t.a, t.s, cast(t.b as json), cast(t.f as json)
                    from unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                ?::varchar[], ?::text[], ?::text[]) with ordinality as t(w, u, p, e, i, a, s, b, f, n)
                    order by t.n""")) {
                ps.setArray(1, con.createArrayOf("varchar", who));
                ps.setArray(2, con.createArrayOf("int8", unitIds));
                ps.setArray(3, con.createArrayOf("varchar", paths));
                ps.setArray(4, con.createArrayOf("varchar", entities));
                ps.setArray(5, con.createArrayOf("varchar", entityIds));
                ps.setArray(6, con.createArrayOf("varchar", actions));
                ps.setArray(7, con.createArrayOf("varchar", summaries));
                ps.setArray(8, con.createArrayOf("text", befores));
                ps.setArray(9, con.createArrayOf("text", afters));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Entries of a subtree (by materialised path prefix), newest first, filtered by actor and by
     * day in Vietnam's time zone (both ends inclusive).
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery q) {
        Instant from = q.from() == null
                ? Instant.EPOCH
                : q.from().atStartOfDay(vn.doanket.platform.VietnamTime.ZONE).toInstant();
        Instant to = q.to() == null
                ? Instant.parse("9999-12-31T00:00:00Z")
                : q.to().plusDays(1)
                        .atStartOfDay(vn.doanket.platform.VietnamTime.ZONE)
                        .toInstant();
        return jdbc.sql(
                        SELECT + "\n"
                                + """
                                 where a.unit_path like :scope
                                   and a.occurred_at >= :from and a.occurred_at < :to
                                   and (:actor = '' or a.actor = :actor)
                                 order by a.occurred_at desc, a.id desc
                                 limit :limit offset :offset""")
                .param("scope", q.scopePath() + "%")
                .param("from", java.sql.Timestamp.from(from))
                .param("to", java.sql.Timestamp.from(to))
                .param("actor", q.actor() == null ? "" : q.actor().strip())
                .param("limit", q.limit())
                .param("offset", q.offset())
                .query(AuditTrail::entry)
                .list();
    }

    /** One entry, if it belongs to the subtree of the unit whose materialised path is {@code scopePath}. */
    public java.util.Optional<AuditEntry> find(long id, String scopePath) {
        return jdbc.sql(SELECT + " where a.id = :id and a.unit_path like :scope")
                .param("id", id)
                .param("scope", scopePath + "%")
                .query(AuditTrail::entry)
                .optional();
    }

    private static final String SELECT =
            """
            select a.id, a.occurred_at, a.actor, u.code as unit_code, u.name as unit_name, a.entity,
                   a.entity_id, a.action, a.summary, a.before_data::jsonb::text as before_data,
                   a.after_data::jsonb::text as after_data
            from audit_entry a left join org_unit u on u.id = a.unit_id""";

    private static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getString("entity"),
                rs.getString("entity_id"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("summary"),
                rs.getString("before_data"),
                rs.getString("after_data"));
    }

    /** A filter over the trail; {@code scopePath} is the materialised path of the unit whose subtree is shown. */
    public record AuditQuery(String scopePath, String actor, LocalDate from, LocalDate to, int limit, int offset) {}

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Map<?, ?> map) {
            String flat = FlatJson.write(map);
            if (flat != null) {
                return flat;
            }
        }
        return json.writeValueAsString(value);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
