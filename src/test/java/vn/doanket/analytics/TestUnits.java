package vn.doanket.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.analytics.internal.Hierarchy;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/** Units of today's tree for tests, and residential areas made on demand (the reference data has none). */
public class TestUnits {

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final Hierarchy hierarchy;

    public TestUnits(JdbcClient jdbc, OrgUnits units, Hierarchy hierarchy) {
        this.jdbc = jdbc;
        this.units = units;
        this.hierarchy = hierarchy;
    }

    /** The n-th commune of today's tree by code. */
    public Unit commune(int n) {
        long id = jdbc.sql(
                        "select id from org_unit where kind = 'COMMUNE' and valid_to is null order by code offset :n limit 1")
                .param("n", n)
                .query(Long.class)
                .single();
        return units.findById(id).orElseThrow();
    }

    /** The first pre-reform commune whose figures are split among {@code successors} communes of today. */
    public Unit splitCommune(int successors) {
        return units.findById(jdbc.sql(
                                """
                                select l.predecessor_id from org_unit_lineage l join org_unit o on o.id = l.predecessor_id
                                where o.kind = 'COMMUNE' group by l.predecessor_id having count(*) = :n
                                order by l.predecessor_id limit 1""")
                        .param("n", successors)
                        .query(Long.class)
                        .single())
                .orElseThrow();
    }

    /** n residential areas under a commune of their own, created once. */
    synchronized List<Unit> residentialAreas(int n) {
        Unit commune = commune(100);
        List<Unit> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String code = commune.code() + "-T" + i;
            var existing = units.find(code, LocalDate.now());
            if (existing.isPresent()) {
                out.add(existing.get());
                continue;
            }
            long id = jdbc.sql("select nextval(pg_get_serial_sequence('org_unit', 'id'))")
                    .query(Long.class)
                    .single();
            jdbc.sql(
                            """
                            insert into org_unit (id, code, name, full_name, kind, unit_type, valid_from, parent_id, path,
                                                  code_path, level, search_text)
                            values (:id, :code, :name, :name, 'RESIDENTIAL_AREA', 'Thôn', :from, :parent, :path, :codePath, 4, :search)""")
                    .param("id", id)
                    .param("code", code)
                    .param("name", "Thôn thử " + i)
                    .param("from", commune.validFrom())
                    .param("parent", commune.id())
                    .param("path", commune.treePath() + id + "/")
                    .param("codePath", commune.path() + code + "/")
                    .param("search", "thon thu " + i)
                    .update();
            jdbc.sql("insert into org_unit_parent (unit_id, parent_id, valid_from) values (:id, :parent, :from)")
                    .param("id", id)
                    .param("parent", commune.id())
                    .param("from", commune.validFrom())
                    .update();
            out.add(units.findById(id).orElseThrow());
        }
        hierarchy.reload();
        return out;
    }

    /** An indicator's figure for a unit and period on today's tree, zero when none. */
    public static BigDecimal figure(Analytics analytics, String indicator, Unit unit, String period) {
        BigDecimal v = analytics
                .query(new AnalyticsQuery(
                        indicator,
                        unit.code(),
                        List.of(vn.doanket.indicators.Period.parse(period)),
                        AnalyticsQuery.Scope.UNIT,
                        0,
                        LocalDate.now()))
                .get(0)
                .value();
        return v == null ? BigDecimal.ZERO : v;
    }
}
