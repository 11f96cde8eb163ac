package vn.doanket.reports.generation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The texts users keep for a unit's report of a period, by section key. */
@Component
public class ReportTexts {

    public static final int MAX_LENGTH = 20_000;

    private final JdbcClient jdbc;

    ReportTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> load(long unitId, String periodId) {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select section_key, body from rep_section_text where unit_id = :u and period_id = :p")
                .param("u", unitId)
                .param("p", periodId)
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2)))
                .list();
        return out;
    }

    /** Stores the text (a blank one removes it) and returns the text it replaced, or null. */
    public String save(long unitId, String periodId, String key, String body, String actor) {
        String before = load(unitId, periodId).get(key);
        if (body == null || body.isBlank()) {
            jdbc.sql("delete from rep_section_text where unit_id = :u and period_id = :p and section_key = :k")
                    .param("u", unitId)
                    .param("p", periodId)
                    .param("k", key)
                    .update();
            return before;
        }
        jdbc.sql(
                        """
                        insert into rep_section_text (unit_id, period_id, section_key, body, updated_by)
                        values (:u, :p, :k, :b, :actor)
                        on conflict (unit_id, period_id, section_key) do update
                           set body = excluded.body, updated_by = excluded.updated_by, updated_at = now(),
                               version = rep_section_text.version + 1""")
                .param("u", unitId)
                .param("p", periodId)
                .param("k", key)
                .param("b", body)
                .param("actor", actor)
                .update();
        return before;
    }
}
