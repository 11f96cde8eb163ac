package vn.doanket.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;

@IntegrationTest
class DemoHierarchyTests {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Autowired
    DemoHierarchy demo;

    @Autowired
    OrgUnits units;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void generateOnce() {
        demo.generate();
    }

    @Test
    void everyCommitteeHasTheFiveMemberOrganisations() {
        assertThat(units.countInForce(UnitKind.MEMBER_ORG, TODAY)).isEqualTo(5L * (1 + 34 + 3321));
        assertThat(units.children(units.get("01"), TODAY))
                .filteredOn(u -> u.kind() == UnitKind.MEMBER_ORG)
                .extracting(Unit::code)
                .containsExactly("01-CCB", "01-CD", "01-DTN", "01-ND", "01-PN");
        assertThat(units.get("VN-CD").fullName()).isEqualTo("Tổng Liên đoàn Lao động Việt Nam");
        assertThat(units.get("00004-ND").fullName()).isEqualTo("Hội Nông dân phường Ba Đình");
        assertThat(units.get("00004-ND").path()).isEqualTo("/VN/01/00004/00004-ND");
    }

    @Test
    void everyCommuneHas20To35ResidentialAreas() {
        List<Map<String, Object>> perCommune = jdbc.sql(
                        """
                        select c.code, count(a.id) as areas from org_unit c
                        left join org_unit a on a.parent_id = c.id and a.kind = 'RESIDENTIAL_AREA'
                        where c.kind = 'COMMUNE' and c.valid_to is null group by c.code""")
                .query()
                .listOfRows();
        assertThat(perCommune).hasSize(3321);
        assertThat(perCommune).allSatisfy(row -> assertThat(((Number) row.get("areas")).intValue())
                .as("residential areas of commune %s", row.get("code"))
                .isBetween(20, 35));
    }

    @Test
    void residentialAreasAreNamedTheWayTheirCommuneNamesThem() {
        assertThat(units.children(units.get("00004"), TODAY)) // Phường Ba Đình, Hà Nội
                .filteredOn(u -> u.kind() == UnitKind.RESIDENTIAL_AREA)
                .first()
                .satisfies(u -> {
                    assertThat(u.code()).isEqualTo("00004-01");
                    assertThat(u.name()).isEqualTo("Tổ dân phố 1");
                    assertThat(u.path()).isEqualTo("/VN/01/00004/00004-01");
                    assertThat(u.level()).isEqualTo(4);
                    assertThat(u.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
                });
        assertThat(areaNamesOf("26732")).allMatch(n -> n.matches("Khu \\d+")); // Đặc khu Côn Đảo
        assertThat(unitTypesUnder("79", "Phường")).containsOnly("Khu phố");
        assertThat(unitTypesUnder("79", "Xã")).containsOnly("Ấp");
        assertThat(unitTypesUnder("40", "Xã")).containsOnly("Thôn");
        assertThat(unitTypesUnder("11", "Xã")).containsOnly("Thôn", "Bản");
    }

    @Test
    void runningAgainAddsNothing() {
        long before =
                jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        long peopleBefore =
                jdbc.sql("select count(*) from org_person").query(Long.class).single();
        assertThat(demo.generate().generated()).isFalse();
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from org_person").query(Long.class).single())
                .isEqualTo(peopleBefore);
    }

    @Test
    void committeesHaveTheirLeadershipInRankOrder() {
        assertThat(people.leadership("00004", TODAY))
                .extracting(PositionView::title)
                .containsExactly(
                        PositionTitle.CHU_TICH, PositionTitle.PHO_CHU_TICH_THUONG_TRUC, PositionTitle.PHO_CHU_TICH);
        assertThat(people.leadership("VN", TODAY)).hasSize(3).allSatisfy(p -> assertThat(p.term())
                .isEqualTo(new Term(2024, 2029)));
        assertThat(people.leadership("00004-01", TODAY)).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo(PositionTitle.TRUONG_BAN_CTMT);
            assertThat(p.personName()).matches("\\p{Lu}\\p{L}* \\p{Lu}\\p{L}* \\p{Lu}\\p{L}*");
        });
    }

    private List<String> areaNamesOf(String communeCode) {
        return units.children(units.get(communeCode), TODAY).stream()
                .filter(u -> u.kind() == UnitKind.RESIDENTIAL_AREA)
                .map(Unit::name)
                .toList();
    }

    private List<String> unitTypesUnder(String provinceCode, String communeType) {
        return jdbc.sql(
                        """
                        select distinct a.unit_type from org_unit a
                        join org_unit c on c.id = a.parent_id join org_unit p on p.id = c.parent_id
                        where a.kind = 'RESIDENTIAL_AREA' and p.code = :p and c.unit_type = :t""")
                .param("p", provinceCode)
                .param("t", communeType)
                .query(String.class)
                .list();
    }
}
