package vn.doanket.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.doanket.organization.internal.NationalHierarchyImport;
import vn.doanket.platform.TextFolding;

/** Rules of the hierarchy that need no database. */
class HierarchyRulesTests {

    static Unit unit(long id, String path, LocalDate from, LocalDate to) {
        return new Unit(id, "c" + id, "n", "n", UnitKind.COMMUNE, null, null, null, "/VN/c" + id, path, 3, from, to);
    }

    @Test
    void aUnitContainsItselfAndItsDescendantsButNotASiblingWithACommonPrefix() {
        Unit province = unit(2, "/1/2/", LocalDate.MIN, null);
        assertThat(province.contains(unit(5, "/1/2/5/", LocalDate.MIN, null))).isTrue();
        assertThat(province.contains(province)).isTrue();
        assertThat(province.contains(unit(23, "/1/23/", LocalDate.MIN, null))).isFalse();
    }

    @Test
    void aHistoricUnitIsInForceOnlyBetweenItsDatesInclusive() {
        Unit old = unit(9, "/1/9/", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30));
        assertThat(old.inForceOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(old.inForceOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(old.inForceOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(old.isHistoric()).isTrue();
    }

    @Test
    void foldingIgnoresDiacriticsCaseAndTheLetterD() {
        assertThat(TextFolding.fold("Phường  Bình Ngọc")).isEqualTo("phuong binh ngoc");
        assertThat(TextFolding.fold("BA ĐÌNH")).isEqualTo("ba dinh");
        assertThat(TextFolding.fold("Đặc khu Côn Đảo")).isEqualTo("dac khu con dao");
    }

    static final String Y2024 = "level,code,full_name,parent_code\nprovince,01,Thành phố Hà Nội,\n"
            + "district,001,Quận Ba Đình,01\ncommune,00001,Phường Phúc Xá,001\n";
    static final String Y2025 =
            "level,code,name,full_name,parent_code,unit_type\nprovince,01,Hà Nội,Thành phố Hà Nội,,Thành phố\n"
                    + "commune,00004,Ba Đình,Phường Ba Đình,01,Phường\n";

    static NationalHierarchyImport parserOnly() {
        // Nothing is written when a file is refused, so no database is needed to check the refusals.
        return new NationalHierarchyImport(new JdbcTemplate(new SingleConnectionDataSource()));
    }

    @Test
    void aMergeRowPointingAtAMissingCommuneIsRefusedNamingTheRow() {
        String merge = "old_commune_code,new_commune_code\n00001,00004\n00001,99999\n";
        assertThatThrownBy(() ->
                        parserOnly().run(new StringReader(Y2024), new StringReader(Y2025), new StringReader(merge)))
                .isInstanceOf(HierarchyImportException.class)
                .hasMessageContaining("vn-commune-merge-2025.csv, dòng 3, cột \"new_commune_code\"")
                .hasMessageContaining("99999");
    }

    @Test
    void anOverLongNameIsRefusedNamingRowAndColumn() {
        String bad = Y2025 + "commune,00008," + "A".repeat(201) + ",Phường X,01,Phường\n";
        assertThatThrownBy(() -> parserOnly()
                        .run(
                                new StringReader(Y2024),
                                new StringReader(bad),
                                new StringReader("old_commune_code,new_commune_code\n")))
                .hasMessageContaining("vn-admin-units-2025.csv, dòng 4, cột \"name\"")
                .hasMessageContaining("tối đa 200");
    }

    @Test
    void markupInANameIsRefused() {
        String bad = Y2025 + "commune,00008,<script>x</script>,Phường X,01,Phường\n";
        assertThatThrownBy(() -> parserOnly()
                        .run(
                                new StringReader(Y2024),
                                new StringReader(bad),
                                new StringReader("old_commune_code,new_commune_code\n")))
                .hasMessageContaining("dòng 4");
    }

    @Test
    void aMalformedCodeOrUnknownParentIsRefused() {
        assertThatThrownBy(() -> parserOnly()
                        .run(
                                new StringReader(Y2024 + "commune,12x,Xã Y,001\n"),
                                new StringReader(Y2025),
                                new StringReader("old_commune_code,new_commune_code\n")))
                .hasMessageContaining("vn-admin-units-2024.csv, dòng 5, cột \"code\"");
        assertThatThrownBy(() -> parserOnly()
                        .run(
                                new StringReader(Y2024 + "commune,00002,Xã Y,777\n"),
                                new StringReader(Y2025),
                                new StringReader("old_commune_code,new_commune_code\n")))
                .hasMessageContaining("dòng 5, cột \"parent_code\"");
    }

    @Test
    void aFileWithoutTheExpectedColumnsIsRefused() {
        assertThatThrownBy(() -> parserOnly()
                        .run(
                                new StringReader("a,b\n1,2\n"),
                                new StringReader(Y2025),
                                new StringReader("old_commune_code,new_commune_code\n")))
                .isInstanceOf(HierarchyImportException.class);
    }

    @Test
    void splitSharesAddUpToExactlyOne() {
        for (int n = 1; n <= 7; n++) {
            BigDecimal sum = NationalHierarchyImport.equalShares(n).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(BigDecimal.ONE);
        }
    }
}
