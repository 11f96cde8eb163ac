package vn.doanket.reports.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doanket.reports.EmptySections;
import vn.doanket.reports.Report;
import vn.doanket.reports.ReportSection;

class ReportComposerTests {

    static String section(Report r, String key) {
        return r.sections().stream()
                .filter(s -> s.key().equals(key))
                .map(ReportSection::statementText)
                .findFirst()
                .orElse("<omitted>");
    }

    @Test
    void headerNamesTheIssuingBodyNumberPlaceAndDateAsTheDecreeWants() {
        Report r = SampleReports.haNoi();
        assertThat(r.issuingBody()).containsExactly("ỦY BAN MTTQ VIỆT NAM", "THÀNH PHỐ HÀ NỘI");
        assertThat(r.number()).isEqualTo("Số: 12/BC-MTTQ-BTT");
        assertThat(r.placeAndDate()).isEqualTo("Hà Nội, ngày 06 tháng 7 năm 2025");
        assertThat(r.summary()).isEqualTo("Kết quả công tác Mặt trận 6 tháng đầu năm 2025");
        assertThat(r.signer().name()).isEqualTo("Nguyễn Văn An");
        assertThat(r.recipients()).first().asString().contains("Ủy ban Trung ương MTTQ Việt Nam");
    }

    @Test
    void figuresAreStatedTheWayOfficersWriteThem() {
        Report r = SampleReports.haNoi();
        assertThat(section(r, "coordination"))
                .startsWith("Trong 6 tháng đầu năm 2025, toàn thành phố đã ")
                .contains("vận động 132 người đăng ký hiến máu")
                .contains("hiến 54/44 đơn vị máu, đạt 123% chỉ tiêu")
                .contains("vận động hỏa táng 9/17 ca, đạt 53%");
        assertThat(section(r, "houses")).contains("xây mới 193 nhà \"Đại đoàn kết\", tổng trị giá hơn 9,1 tỷ đồng");
        assertThat(section(r, "support")).contains("thăm, tặng quà Tết cho 43 hộ, trị giá 21,5 triệu đồng");
        assertThat(section(r, "funds"))
                .contains("vận động Quỹ \"Vì biển, đảo Việt Nam\" được 72.925.000 đồng, đạt 161% chỉ tiêu");
        assertThat(section(r, "cultural"))
                .contains("có hơn 91% hộ (45.700/50.000 hộ) đạt danh hiệu \"Gia đình văn hóa\"");
        assertThat(section(r, "festival")).contains("có 100% khu dân cư tổ chức Ngày hội");
        assertThat(section(r, "supervision"))
                .contains("chủ trì, phối hợp tổ chức 112 cuộc giám sát (tăng 12% so với cùng kỳ)");
    }

    @Test
    void aFigureWithABreakdownIsToldBySourceAndOneEnteredWithoutNoneIsNot() {
        java.util.List<vn.doanket.reports.Phrase> houses = ReportComposer.breakdown(
                new Figures.Breakdown(
                        "FUNDING_SOURCE",
                        "nhà",
                        java.util.List.of(
                                new Figures.Part(
                                        "DOANH_NGHIEP", "Doanh nghiệp, ngân hàng tài trợ", SampleReports.n(100)),
                                new Figures.Part("QUY_VNN_TINH", "Quỹ \"Vì người nghèo\" tỉnh", SampleReports.n(93)))),
                vn.doanket.reports.FigureTable.Format.COUNT,
                "/api/v1/analytics?x",
                "/analytics/entries?x");
        assertThat(houses.stream().map(vn.doanket.reports.Phrase::text).reduce("", String::concat))
                .isEqualTo(" (100 nhà từ Doanh nghiệp, ngân hàng tài trợ; 93 nhà từ Quỹ \"Vì người nghèo\" tỉnh)");
        assertThat(houses).filteredOn(vn.doanket.reports.Phrase::isFigure).hasSize(2);

        java.util.List<vn.doanket.reports.Phrase> money = ReportComposer.breakdown(
                new Figures.Breakdown(
                        "MEMBER_ORG",
                        "đồng",
                        java.util.List.of(
                                new Figures.Part("MTTQ", "Ủy ban MTTQ", new java.math.BigDecimal("2500000000")),
                                new Figures.Part("DEFAULT", "", new java.math.BigDecimal("72925000")))),
                vn.doanket.reports.FigureTable.Format.MONEY,
                "l",
                "s");
        assertThat(money.stream().map(vn.doanket.reports.Phrase::text).reduce("", String::concat))
                .isEqualTo(" (Ủy ban MTTQ 2,5 tỷ đồng; chưa phân loại 72.925.000 đồng)");

        assertThat(ReportComposer.breakdown(
                        new Figures.Breakdown(
                                "FUNDING_SOURCE",
                                "nhà",
                                java.util.List.of(new Figures.Part("DEFAULT", "", SampleReports.n(12)))),
                        vn.doanket.reports.FigureTable.Format.COUNT,
                        "l",
                        "s"))
                .isEmpty();
    }

    @Test
    void everyFigureLinksToTheAnalyticsQueryBehindIt() {
        Report r = SampleReports.haNoi();
        ReportSection coordination = r.sections().stream()
                .filter(s -> s.key().equals("coordination"))
                .findFirst()
                .orElseThrow();
        assertThat(coordination.statement())
                .filteredOn(p -> p.text().startsWith("54/44"))
                .singleElement()
                .extracting(p -> p.link())
                .isEqualTo("/api/v1/analytics?indicator=BLOOD_UNITS&unit=01&period=2025S1");
        ReportSection houses = r.sections().stream()
                .filter(s -> s.key().equals("houses"))
                .findFirst()
                .orElseThrow();
        assertThat(houses.table().rows())
                .extracting(row -> row.unitName())
                .containsExactly("Phường Ba Đình", "Phường Ngọc Hà", "Xã Hồng Sơn");
        assertThat(houses.table().rows().get(0).cells().get(0).link())
                .isEqualTo("/api/v1/analytics?indicator=UNITY_HOUSES_BUILT&unit=00004&period=2025S1");
        assertThat(houses.table().total().cells().get(0).text()).isEqualTo("193");
    }

    @Test
    void aSectionWithoutFiguresSaysSoOrIsLeftOutAsTheUserChooses() {
        Report stated = SampleReports.haNoi(Map.of(), EmptySections.STATE);
        assertThat(section(stated, "voters")).isEqualTo(ReportComposer.NO_FIGURES);
        assertThat(stated.sections()).hasSize(SectionPlan.ALL.size());

        Report omitted =
                SampleReports.haNoi(Map.of("voters", "Chuẩn bị tiếp xúc cử tri cuối năm."), EmptySections.OMIT);
        assertThat(section(omitted, "movements")).isEqualTo("<omitted>");
        assertThat(omitted.sections()).extracting(ReportSection::key).contains("voters", "houses");
        assertThat(omitted.sections()).extracting(ReportSection::number).startsWith(1, 2, 3);
    }

    @Test
    void theUsersTextIsKeptWithItsSection() {
        Report r = SampleReports.haNoi();
        assertThat(r.sections().stream()
                        .filter(s -> s.key().equals("supervision"))
                        .findFirst()
                        .orElseThrow()
                        .note())
                .isEqualTo("Ban Thường trực tập trung giám sát việc thực hiện chính sách an sinh xã hội.");
    }

    @Test
    void noSentenceEverReadsNullOrNaN() {
        for (Report r : new Report[] {SampleReports.haNoi(), SampleReports.haNoi(Map.of(), EmptySections.STATE)}) {
            r.sections()
                    .forEach(s ->
                            assertThat(s.statementText()).doesNotContain("null").doesNotContain("NaN"));
            if (r.sections().stream().anyMatch(s -> s.table() != null)) {
                r.sections().stream()
                        .filter(s -> s.table() != null)
                        .flatMap(s -> s.table().rows().stream())
                        .flatMap(row -> row.cells().stream())
                        .forEach(
                                c -> assertThat(c.text()).doesNotContain("null").doesNotContain("NaN"));
            }
        }
    }
}
