package vn.doanket.organization;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.organization.internal.DemoHierarchyGenerator;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Demo data for the hierarchy: residential areas under every commune, the five member
 * organisations of every committee, and their leadership. Generated once per database and the same
 * on every database (seeded), so demo logins and screenshots stay valid.
 */
@Service
public class DemoHierarchy {

    public static final String DATASET = "demo-hierarchy-v1";
    static final long SEED = 20250701L;
    private static final Logger log = LoggerFactory.getLogger(DemoHierarchy.class);

    /** What a call did; all zero when the database already had the demo hierarchy. */
    public record Result(
            boolean generated,
            int residentialAreas,
            int memberOrgs,
            int people,
            int positions,
            long unitsMillis,
            long peopleMillis,
            long totalMillis) {}

    private final JdbcTemplate jdbc;
    private final HierarchyLoader loader;
    private final AuditTrail audit;

    private final OrgUnits units;

    DemoHierarchy(JdbcTemplate jdbc, HierarchyLoader loader, AuditTrail audit, OrgUnits units) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.audit = audit;
        this.units = units;
    }

    @Transactional
    public Result generate() {
        long started = System.nanoTime();
        // The demo tree hangs off the national one; loading it here (a no-op when present) makes the
        // order of start-up runners irrelevant.
        loader.loadNational();
        jdbc.execute("select pg_advisory_xact_lock(7243002)");
        Integer done = jdbc.queryForObject("select count(*) from org_dataset where name = ?", Integer.class, DATASET);
        if (done != null && done > 0) {
            return new Result(false, 0, 0, 0, 0, 0, 0, (System.nanoTime() - started) / 1_000_000);
        }
        DemoHierarchyGenerator.Counts counts = new DemoHierarchyGenerator(jdbc, SEED).run();
        jdbc.update(
                "insert into org_dataset (name, checksum, rows) values (?, ?, ?)",
                DATASET,
                "seed-" + SEED,
                counts.units());
        Map<String, Object> root = jdbc.queryForMap(
                "select id, path from org_unit where code = ? and valid_to is null", OrgUnits.ROOT_CODE);
        audit.recordAs(
                "system",
                new AuditChange(
                        (Long) root.get("id"),
                        (String) root.get("path"),
                        "org_dataset",
                        DATASET,
                        AuditAction.IMPORT,
                        "Tạo dữ liệu mẫu: " + counts.residentialAreas() + " khu dân cư, " + counts.memberOrgs()
                                + " tổ chức thành viên, " + counts.positions() + " chức vụ",
                        null,
                        counts));
        units.forgetCached();
        long total = (System.nanoTime() - started) / 1_000_000;
        log.info(
                "Generated the demo hierarchy: {} residential areas and {} member organisations in {} ms, "
                        + "{} people with positions in {} ms ({} ms in all)",
                counts.residentialAreas(),
                counts.memberOrgs(),
                counts.unitsMillis(),
                counts.people(),
                counts.peopleMillis(),
                total);
        return new Result(
                true,
                counts.residentialAreas(),
                counts.memberOrgs(),
                counts.people(),
                counts.positions(),
                counts.unitsMillis(),
                counts.peopleMillis(),
                total);
    }
}
