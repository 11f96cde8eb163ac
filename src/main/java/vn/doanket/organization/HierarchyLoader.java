package vn.doanket.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.organization.internal.NationalHierarchyImport;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/** Loads the real national hierarchy shipped with the app, once per database. */
@Service
public class HierarchyLoader {

    public static final String DATASET = "admin-units-2024-2025";
    private static final String BASE = "reference/admin-units/";
    private static final Logger log = LoggerFactory.getLogger(HierarchyLoader.class);

    public record LoadResult(boolean loaded, int units, int lineage, long millis) {}

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    private final OrgUnits units;

    HierarchyLoader(JdbcTemplate jdbc, AuditTrail audit, OrgUnits units) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.units = units;
    }

    @Transactional
    public LoadResult loadNational() {
        long started = System.nanoTime();
        // Two instances starting together must not both load: the second waits here, then sees the row.
        jdbc.execute("select pg_advisory_xact_lock(7243001)");
        Integer done = jdbc.queryForObject("select count(*) from org_dataset where name = ?", Integer.class, DATASET);
        if (done != null && done > 0) {
            return new LoadResult(false, 0, 0, (System.nanoTime() - started) / 1_000_000);
        }
        String checksum = checksum(
                NationalHierarchyImport.class.getSimpleName(),
                "vn-admin-units-2024.csv",
                "vn-admin-units-2025.csv",
                "vn-commune-merge-2025.csv");
        NationalHierarchyImport.Counts counts;
        try (Reader y2024 = reader("vn-admin-units-2024.csv");
                Reader y2025 = reader("vn-admin-units-2025.csv");
                Reader merge = reader("vn-commune-merge-2025.csv")) {
            counts = new NationalHierarchyImport(jdbc).run(y2024, y2025, merge);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update(
                "insert into org_dataset (name, checksum, rows) values (?, ?, ?)", DATASET, checksum, counts.units());
        String rootPath = jdbc.queryForObject("select path from org_unit where code = 'VN'", String.class);
        Long rootId = jdbc.queryForObject("select id from org_unit where code = 'VN'", Long.class);
        audit.recordAs(
                "system",
                new AuditChange(
                        rootId,
                        rootPath,
                        "org_dataset",
                        DATASET,
                        AuditAction.IMPORT,
                        "Nạp hệ thống đơn vị hành chính: " + counts.units() + " đơn vị, " + counts.lineage()
                                + " liên kết sáp nhập",
                        null,
                        java.util.Map.of("units", counts.units(), "lineage", counts.lineage(), "checksum", checksum)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info(
                "Loaded the national hierarchy: {} units, {} lineage links in {} ms",
                counts.units(),
                counts.lineage(),
                millis);
        units.forgetCached();
        return new LoadResult(true, counts.units(), counts.lineage(), millis);
    }

    /** Loads the hierarchy from files given by the caller (used to check how bad files are refused). */
    @Transactional
    public LoadResult load(Reader units2024, Reader units2025, Reader merges) {
        long started = System.nanoTime();
        NationalHierarchyImport.Counts counts = new NationalHierarchyImport(jdbc).run(units2024, units2025, merges);
        units.forgetCached();
        return new LoadResult(true, counts.units(), counts.lineage(), (System.nanoTime() - started) / 1_000_000);
    }

    private static Reader reader(String file) throws IOException {
        InputStream in = new ClassPathResource(BASE + file).getInputStream();
        return new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String checksum(String salt, String... files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String f : files) {
                try (InputStream in = new ClassPathResource(BASE + f).getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
