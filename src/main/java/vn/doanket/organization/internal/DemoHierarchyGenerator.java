package vn.doanket.organization.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.organization.Gender;
import vn.doanket.organization.PositionTitle;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.TextFolding;

/**
 * Generates demo data under today's committees: residential areas for every commune, the five
 * member organisations of every committee, and plausible leadership for all of them. Every random
 * choice for a unit comes from a generator seeded with the seed and that unit's code, so the tree
 * is the same on every run and does not depend on the order units are read in.
 */
public final class DemoHierarchyGenerator {

    public static final LocalDate AREAS_FROM = NationalHierarchyImport.REFORM_DAY;
    /** The 10th national congress of the Front (October 2024) opened the 2024–2029 term. */
    static final LocalDate CENTRAL_TERM_FROM = LocalDate.of(2024, 10, 18);

    static final int TERM_START = 2024;
    static final int TERM_END = 2029;
    static final int MIN_AREAS = 20;
    static final int MAX_AREAS = 35;

    /** The five socio-political organisations that sit directly under the Front since 1 July 2025. */
    enum MemberOrg {
        CD("Công đoàn", "Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động"),
        ND("Hội Nông dân", "Trung ương Hội Nông dân Việt Nam", null),
        PN("Hội Liên hiệp Phụ nữ", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", null),
        DTN("Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn TNCS Hồ Chí Minh", null),
        CCB("Hội Cựu chiến binh", "Trung ương Hội Cựu chiến binh Việt Nam", null);

        final String name;
        final String centralName;
        final String provinceName;

        MemberOrg(String name, String centralName, String provinceName) {
            this.name = name;
            this.centralName = centralName;
            this.provinceName = provinceName;
        }

        String fullName(Committee c) {
            return switch (c.kind()) {
                case CENTRAL -> centralName;
                case PROVINCE -> (provinceName == null ? name : provinceName) + " " + lowerFirst(c.fullName());
                default -> name + " " + lowerFirst(c.fullName());
            };
        }
    }

    /** A committee in force today, as read from the database. */
    record Committee(
            long id,
            String code,
            String fullName,
            UnitKind kind,
            String unitType,
            String provinceCode,
            String path,
            String codePath,
            int level) {

        UnitBatch.Placed placed() {
            return new UnitBatch.Placed(id, code, path, codePath, level, AREAS_FROM, null);
        }

        boolean south() {
            return ResidentialAreaNaming.SOUTH.contains(provinceCode);
        }
    }

    public record Counts(
            int residentialAreas, int memberOrgs, int people, int positions, long unitsMillis, long peopleMillis) {
        public int units() {
            return residentialAreas + memberOrgs;
        }
    }

    private final JdbcTemplate jdbc;
    private final long seed;

    public DemoHierarchyGenerator(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.seed = seed;
    }

    public Counts run() {
        long started = System.nanoTime();
        List<Committee> committees = committees();
        List<List<ResidentialAreaNaming.AreaName>> areaNames = new ArrayList<>();
        int areaCount = 0;
        for (Committee c : committees) {
            List<ResidentialAreaNaming.AreaName> names = List.of();
            if (c.kind() == UnitKind.COMMUNE) {
                Random random = random("areas", c.code());
                int count = MIN_AREAS + random.nextInt(MAX_AREAS - MIN_AREAS + 1);
                names = ResidentialAreaNaming.names(c.provinceCode(), c.unitType(), count, random);
            }
            areaNames.add(names);
            areaCount += names.size();
        }

        UnitBatch units = new UnitBatch(jdbc);
        int memberOrgCount = committees.size() * MemberOrg.values().length;
        units.reserveIds(memberOrgCount + areaCount);
        List<Leader> leaders = new ArrayList<>();
        java.util.Map<String, String> folded = new java.util.HashMap<>();
        for (int i = 0; i < committees.size(); i++) {
            Committee c = committees.get(i);
            UnitBatch.Placed parent = c.placed();
            for (MemberOrg org : MemberOrg.values()) {
                units.add(
                        c.code() + "-" + org.name(),
                        org.name,
                        org.fullName(c),
                        UnitKind.MEMBER_ORG,
                        org.name,
                        parent,
                        AREAS_FROM,
                        null);
            }
            LocalDate from = c.kind() == UnitKind.CENTRAL ? CENTRAL_TERM_FROM : AREAS_FROM;
            leaders.add(new Leader(c.id(), c.code(), PositionTitle.CHU_TICH, from, c.south()));
            leaders.add(new Leader(c.id(), c.code(), PositionTitle.PHO_CHU_TICH_THUONG_TRUC, from, c.south()));
            leaders.add(new Leader(c.id(), c.code(), PositionTitle.PHO_CHU_TICH, from, c.south()));
            List<ResidentialAreaNaming.AreaName> names = areaNames.get(i);
            String communeName = lowerFirst(c.fullName());
            // Folding text is the slow part of planning 90,000 units; the commune's part is the same for all its areas.
            String foldedCommune = TextFolding.fold(communeName);
            for (int n = 0; n < names.size(); n++) {
                ResidentialAreaNaming.AreaName area = names.get(n);
                String code = c.code() + (n < 9 ? "-0" : "-") + (n + 1);
                String foldedName = folded.computeIfAbsent(area.name(), TextFolding::fold);
                UnitBatch.Placed placed = units.add(
                        code,
                        area.name(),
                        area.name() + ", " + communeName,
                        UnitKind.RESIDENTIAL_AREA,
                        area.type(),
                        parent,
                        AREAS_FROM,
                        null,
                        foldedName + " " + foldedName + ", " + foldedCommune + " " + code);
                leaders.add(
                        new Leader(placed.id(), placed.code(), PositionTitle.TRUONG_BAN_CTMT, AREAS_FROM, c.south()));
            }
        }
        units.write();
        long unitsMillis = (System.nanoTime() - started) / 1_000_000;

        long peopleStarted = System.nanoTime();
        writeLeaders(leaders);
        long peopleMillis = (System.nanoTime() - peopleStarted) / 1_000_000;
        return new Counts(areaCount, memberOrgCount, leaders.size(), leaders.size(), unitsMillis, peopleMillis);
    }

    /** One generated position holder: the unit, the title and the first day. */
    private record Leader(long unitId, String unitCode, PositionTitle title, LocalDate from, boolean south) {}

    private void writeLeaders(List<Leader> leaders) {
        long[] ids = jdbc
                .queryForList(
                        "select nextval('org_person_id_seq') from generate_series(1, ?)", Long.class, leaders.size())
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
        List<Object[]> people = new ArrayList<>(leaders.size());
        List<Object[]> positions = new ArrayList<>(leaders.size());
        for (int i = 0; i < leaders.size(); i++) {
            Leader l = leaders.get(i);
            Random random = random("person-" + l.title().name(), l.unitCode());
            boolean areaHead = l.title() == PositionTitle.TRUONG_BAN_CTMT;
            int femalePercent =
                    switch (l.title()) {
                        case CHU_TICH -> 30;
                        case TRUONG_BAN_CTMT -> 20;
                        default -> 45;
                    };
            Gender gender = random.nextInt(100) < femalePercent ? Gender.NU : Gender.NAM;
            int birthYear = areaHead ? 1952 + random.nextInt(24) : 1968 + random.nextInt(18);
            String name = VietnameseNames.fullName(random, gender, l.south());
            people.add(new Object[] {ids[i], name, gender.name(), birthYear, TextFolding.fold(name), l.unitId()});
            positions.add(
                    new Object[] {ids[i], l.unitId(), l.title().name(), TERM_START, TERM_END, Date.valueOf(l.from())});
        }
        PgCopy.copy(jdbc, "org_person", "id, full_name, gender, birth_year, search_text, unit_id", people);
        PgCopy.copy(jdbc, "org_position", "person_id, unit_id, title, term_start, term_end, starts_on", positions);
    }

    private List<Committee> committees() {
        return jdbc.query(
                """
                select u.id, u.code, u.full_name, u.kind, u.unit_type, p.code as parent_code, u.path, u.code_path,
                       u.level
                from org_unit u left join org_unit p on p.id = u.parent_id
                where u.kind in ('CENTRAL', 'PROVINCE', 'COMMUNE') and u.valid_to is null
                order by u.level, u.code""",
                (rs, i) -> {
                    UnitKind kind = UnitKind.valueOf(rs.getString("kind"));
                    return new Committee(
                            rs.getLong("id"),
                            rs.getString("code"),
                            rs.getString("full_name"),
                            kind,
                            rs.getString("unit_type"),
                            kind == UnitKind.COMMUNE ? rs.getString("parent_code") : rs.getString("code"),
                            rs.getString("path"),
                            rs.getString("code_path"),
                            rs.getInt("level"));
                });
    }

    private Random random(String purpose, String code) {
        return new Random(seed * 31 + (purpose + ":" + code).hashCode());
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
