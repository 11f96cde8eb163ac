package vn.doanket.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.IntegrationTest;

@IntegrationTest
class NationalHierarchyTests {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 12, 31);

    @Autowired
    OrgUnits units;

    @Autowired
    HierarchyLoader loader;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void currentTreeHas34ProvincesAnd3321Communes() {
        assertThat(units.countInForce(UnitKind.PROVINCE, TODAY)).isEqualTo(34);
        assertThat(units.countInForce(UnitKind.COMMUNE, TODAY)).isEqualTo(3321);
        assertThat(units.countInForce(UnitKind.DISTRICT, TODAY)).isZero();
        assertThat(units.children(units.root(), TODAY))
                .filteredOn(u -> u.kind() == UnitKind.PROVINCE)
                .hasSize(34);
    }

    @Test
    void treeOf2024Has63Provinces696DistrictsAnd10035Communes() {
        assertThat(units.countInForce(UnitKind.PROVINCE, BEFORE_REFORM)).isEqualTo(63);
        assertThat(units.countInForce(UnitKind.DISTRICT, BEFORE_REFORM)).isEqualTo(696);
        assertThat(units.countInForce(UnitKind.COMMUNE, BEFORE_REFORM)).isEqualTo(10035);
        Unit hanoi2024 = units.get("01", BEFORE_REFORM);
        assertThat(hanoi2024.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(units.children(hanoi2024, BEFORE_REFORM))
                .extracting(Unit::kind)
                .containsOnly(UnitKind.DISTRICT);
    }

    @Test
    void oldCommuneLeadsToTheNewCommuneItWasMergedInto() {
        Unit trucBach = units.get("00004", BEFORE_REFORM);
        assertThat(trucBach.fullName()).isEqualTo("Phường Trúc Bạch");
        assertThat(units.successors(trucBach))
                .extracting(s -> s.unit().fullName())
                .containsExactly("Phường Ba Đình");
        Unit baDinh = units.get("00004", TODAY);
        assertThat(units.predecessors(baDinh)).extracting(s -> s.unit().code()).contains("00004");
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        assertThat(units.search("ba dinh", units.root(), 10))
                .extracting(Unit::fullName)
                .contains("Phường Ba Đình");
        assertThat(units.search("BINH NGOC", units.root(), 10))
                .extracting(Unit::name)
                .contains("Bình Ngọc");
    }

    @Test
    void secondLoadDoesNothing() {
        assertThat(loader.loadNational().loaded()).isFalse();
    }

    @Test
    void unitLookedUpByCodeIsTheOneTheDatabaseNamesOnEveryDateForEveryCodeWithSeveralVersions() {
        List<String> codes = jdbc.sql("select code from org_unit group by code having count(*) > 1 order by code")
                .query(String.class)
                .list();
        assertThat(codes).hasSizeGreaterThan(30); // provinces and communes that kept their code at the reform
        for (LocalDate d : List.of(
                LocalDate.of(2020, 1, 1), BEFORE_REFORM, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 1), TODAY)) {
            for (String code : codes) {
                long expected = jdbc.sql(
                                """
                                select u.id from org_unit u where u.code = :code
                                order by (u.valid_from <= :d and (u.valid_to is null or u.valid_to >= :d)) desc,
                                         u.valid_from desc
                                limit 1""")
                        .param("code", code)
                        .param("d", d)
                        .query(Long.class)
                        .single();
                // twice: the first look-up reads the database, the second answers from memory
                assertThat(units.get(code, d).id()).as("%s on %s", code, d).isEqualTo(expected);
                assertThat(units.get(code, d).id())
                        .as("%s on %s, remembered", code, d)
                        .isEqualTo(expected);
            }
        }
        assertThat(units.find("NO-SUCH-CODE", TODAY)).isEmpty();
        assertThat(units.find(null, TODAY)).isEmpty();
    }
}
