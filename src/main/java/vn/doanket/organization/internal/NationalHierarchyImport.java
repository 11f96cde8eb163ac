package vn.doanket.organization.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.organization.HierarchyImportException;
import vn.doanket.organization.HierarchyImportException.Reason;
import vn.doanket.organization.UnitKind;

/**
 * Builds the national hierarchy from the three reference files: the 2024 tree (63 provinces, 696
 * districts, 10,035 communes) as history ending the day before the reform, the 2025 tree as current,
 * and the merge table as lineage from old communes to new ones (and, derived from it, from old
 * districts and provinces to the new provinces their communes went into).
 */
public final class NationalHierarchyImport {

    public static final LocalDate CENTRAL_FROM = LocalDate.of(1977, 2, 4);
    /** The 2024 snapshot is known to hold through 2024; earlier changes are not loaded. */
    public static final LocalDate HISTORIC_FROM = LocalDate.of(2024, 1, 1);

    public static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    public static final LocalDate HISTORIC_TO = REFORM_DAY.minusDays(1);

    static final String FILE_2024 = "vn-admin-units-2024.csv";
    static final String FILE_2025 = "vn-admin-units-2025.csv";
    static final String FILE_MERGE = "vn-commune-merge-2025.csv";

    public record Counts(int units, int lineage) {}

    private final JdbcTemplate jdbc;

    public NationalHierarchyImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Parses and checks all three files first; writes only when every row passed. */
    public Counts run(Reader units2024, Reader units2025, Reader merges) {
        List<AdminUnitRow> old = AdminUnitFiles.units(FILE_2024, units2024, Set.of("province", "district", "commune"));
        List<AdminUnitRow> now = AdminUnitFiles.units(FILE_2025, units2025, Set.of("province", "commune"));
        List<String[]> mergeRows = AdminUnitFiles.mergeRows(FILE_MERGE, merges);
        checkReferences(old, now, mergeRows);

        UnitBatch batch = new UnitBatch(jdbc);
        batch.reserveIds(old.size() + now.size() + 1);
        UnitBatch.Placed root = batch.add(
                "VN",
                "Trung ương",
                "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                UnitKind.CENTRAL,
                "Trung ương",
                null,
                CENTRAL_FROM,
                null);

        Map<String, UnitBatch.Placed> oldProvinces = new HashMap<>();
        Map<String, UnitBatch.Placed> oldDistricts = new HashMap<>();
        Map<String, UnitBatch.Placed> oldCommunes = new LinkedHashMap<>();
        Map<String, String> oldCommuneDistrict = new HashMap<>();
        Map<String, String> oldDistrictProvince = new HashMap<>();
        for (String level : List.of("province", "district", "commune")) {
            for (AdminUnitRow r : old) {
                if (!r.level().equals(level)) {
                    continue;
                }
                switch (level) {
                    case "province" -> oldProvinces.put(r.code(), place(batch, r, UnitKind.PROVINCE, root, true));
                    case "district" -> {
                        UnitBatch.Placed parent = parent(FILE_2024, r, oldProvinces);
                        oldDistricts.put(r.code(), place(batch, r, UnitKind.DISTRICT, parent, true));
                        oldDistrictProvince.put(r.code(), r.parentCode());
                    }
                    default -> {
                        UnitBatch.Placed parent = parent(FILE_2024, r, oldDistricts);
                        oldCommunes.put(r.code(), place(batch, r, UnitKind.COMMUNE, parent, true));
                        oldCommuneDistrict.put(r.code(), r.parentCode());
                    }
                }
            }
        }

        Map<String, UnitBatch.Placed> newProvinces = new HashMap<>();
        Map<String, UnitBatch.Placed> newCommunes = new HashMap<>();
        Map<String, String> newCommuneProvince = new HashMap<>();
        for (String level : List.of("province", "commune")) {
            for (AdminUnitRow r : now) {
                if (!r.level().equals(level)) {
                    continue;
                }
                if (level.equals("province")) {
                    newProvinces.put(r.code(), place(batch, r, UnitKind.PROVINCE, root, false));
                } else {
                    UnitBatch.Placed parent = parent(FILE_2025, r, newProvinces);
                    newCommunes.put(r.code(), place(batch, r, UnitKind.COMMUNE, parent, false));
                    newCommuneProvince.put(r.code(), r.parentCode());
                }
            }
        }

        // old commune -> new communes (a split commune has several rows)
        Map<String, List<String>> successors = new LinkedHashMap<>();
        for (String[] m : mergeRows) {
            int line = Integer.parseInt(m[2]);
            if (!oldCommunes.containsKey(m[0])) {
                throw new HierarchyImportException(
                        FILE_MERGE, line, "old_commune_code", Reason.OLD_COMMUNE_UNKNOWN, m[0], FILE_2024);
            }
            if (!newCommunes.containsKey(m[1])) {
                throw new HierarchyImportException(
                        FILE_MERGE, line, "new_commune_code", Reason.NEW_COMMUNE_UNKNOWN, m[1], FILE_2025);
            }
            List<String> list = successors.computeIfAbsent(m[0], k -> new ArrayList<>());
            if (list.contains(m[1])) {
                throw new HierarchyImportException(FILE_MERGE, line, null, Reason.MERGE_DUPLICATE);
            }
            list.add(m[1]);
        }

        Map<String, Map<String, Integer>> districtToProvince = new HashMap<>();
        Map<String, Map<String, Integer>> provinceToProvince = new HashMap<>();
        successors.forEach((oldCode, newCodes) -> {
            List<BigDecimal> weights = equalShares(newCodes.size());
            for (int i = 0; i < newCodes.size(); i++) {
                batch.lineage(
                        oldCommunes.get(oldCode).id(),
                        newCommunes.get(newCodes.get(i)).id(),
                        REFORM_DAY,
                        weights.get(i));
                String newProvince = newCommuneProvince.get(newCodes.get(i));
                String district = oldCommuneDistrict.get(oldCode);
                districtToProvince
                        .computeIfAbsent(district, k -> new LinkedHashMap<>())
                        .merge(newProvince, 1, Integer::sum);
                provinceToProvince
                        .computeIfAbsent(oldDistrictProvince.get(district), k -> new LinkedHashMap<>())
                        .merge(newProvince, 1, Integer::sum);
            }
        });
        linkByCounts(batch, districtToProvince, oldDistricts, newProvinces);
        linkByCounts(batch, provinceToProvince, oldProvinces, newProvinces);

        Counts counts = new Counts(batch.unitCount(), batch.lineageCount());
        batch.write();
        return counts;
    }

    /** Every parent and every merge row must point at a unit of the files, before anything is written. */
    private static void checkReferences(List<AdminUnitRow> old, List<AdminUnitRow> now, List<String[]> mergeRows) {
        Map<String, java.util.Set<String>> oldCodes = codesByLevel(old);
        Map<String, java.util.Set<String>> newCodes = codesByLevel(now);
        for (AdminUnitRow r : old) {
            String parentLevel =
                    r.level().equals("district") ? "province" : r.level().equals("commune") ? "district" : null;
            requireParent(FILE_2024, r, parentLevel, oldCodes);
        }
        for (AdminUnitRow r : now) {
            requireParent(FILE_2025, r, r.level().equals("commune") ? "province" : null, newCodes);
        }
        for (String[] m : mergeRows) {
            int line = Integer.parseInt(m[2]);
            if (!oldCodes.getOrDefault("commune", java.util.Set.of()).contains(m[0])) {
                throw new HierarchyImportException(
                        FILE_MERGE, line, "old_commune_code", Reason.OLD_COMMUNE_UNKNOWN, m[0], FILE_2024);
            }
            if (!newCodes.getOrDefault("commune", java.util.Set.of()).contains(m[1])) {
                throw new HierarchyImportException(
                        FILE_MERGE, line, "new_commune_code", Reason.NEW_COMMUNE_UNKNOWN, m[1], FILE_2025);
            }
        }
    }

    private static Map<String, java.util.Set<String>> codesByLevel(List<AdminUnitRow> rows) {
        Map<String, java.util.Set<String>> codes = new HashMap<>();
        rows.forEach(r ->
                codes.computeIfAbsent(r.level(), k -> new java.util.HashSet<>()).add(r.code()));
        return codes;
    }

    private static void requireParent(
            String file, AdminUnitRow r, String parentLevel, Map<String, java.util.Set<String>> codes) {
        if (parentLevel != null
                && !codes.getOrDefault(parentLevel, java.util.Set.of()).contains(r.parentCode())) {
            throw new HierarchyImportException(file, r.line(), "parent_code", Reason.PARENT_UNKNOWN, r.parentCode());
        }
    }

    private static UnitBatch.Placed place(
            UnitBatch batch, AdminUnitRow r, UnitKind kind, UnitBatch.Placed parent, boolean historic) {
        return batch.add(
                r.code(),
                r.name(),
                r.fullName(),
                kind,
                r.unitType(),
                parent,
                historic ? HISTORIC_FROM : REFORM_DAY,
                historic ? HISTORIC_TO : null);
    }

    private static UnitBatch.Placed parent(String file, AdminUnitRow r, Map<String, UnitBatch.Placed> candidates) {
        UnitBatch.Placed parent = candidates.get(r.parentCode());
        if (parent == null) {
            throw new HierarchyImportException(file, r.line(), "parent_code", Reason.PARENT_UNKNOWN, r.parentCode());
        }
        return parent;
    }

    /** Old district or province → new provinces, weighted by how many of its communes went to each. */
    private static void linkByCounts(
            UnitBatch batch,
            Map<String, Map<String, Integer>> counts,
            Map<String, UnitBatch.Placed> olds,
            Map<String, UnitBatch.Placed> news) {
        counts.forEach((oldCode, byNew) -> {
            int total = byNew.values().stream().mapToInt(Integer::intValue).sum();
            List<String> codes = new ArrayList<>(byNew.keySet());
            BigDecimal assigned = BigDecimal.ZERO;
            for (int i = 0; i < codes.size(); i++) {
                BigDecimal w = i == codes.size() - 1
                        ? BigDecimal.ONE.subtract(assigned)
                        : BigDecimal.valueOf(byNew.get(codes.get(i)))
                                .divide(BigDecimal.valueOf(total), 9, RoundingMode.DOWN);
                assigned = assigned.add(w);
                batch.lineage(olds.get(oldCode).id(), news.get(codes.get(i)).id(), REFORM_DAY, w);
            }
        });
    }

    /** n shares with 9 decimals that add up to exactly 1 (the last takes the remainder). */
    public static List<BigDecimal> equalShares(int n) {
        BigDecimal each = BigDecimal.ONE.divide(BigDecimal.valueOf(n), 9, RoundingMode.DOWN);
        List<BigDecimal> shares = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            shares.add(each);
        }
        shares.add(BigDecimal.ONE.subtract(each.multiply(BigDecimal.valueOf(n - 1))));
        return shares;
    }
}
