package vn.doanket.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One behaviour per test: what is a quantity in a Vietnamese report, and what is not. */
class FigureExtractorTests {

    private final FigureExtractor extractor = new FigureExtractor();

    private List<ExtractedQuantity> read(String text) {
        return extractor.extract(text);
    }

    private ExtractedQuantity only(String text) {
        List<ExtractedQuantity> found = read(text);
        assertThat(found).as("quantities in: " + text).hasSize(1);
        return found.get(0);
    }

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void readsDotsAsThousandsSeparators() {
        ExtractedQuantity q = only("Quỹ vì biển đảo Việt Nam vận động được 72.925.000 đồng.");
        assertThat(q.value()).isEqualByComparingTo("72925000");
        assertThat(q.unit()).isEqualTo("đồng");
        assertThat(q.text()).isEqualTo("72.925.000 đồng");
    }

    @Test
    void readsScaleWordsAfterDecimalComma() {
        ExtractedQuantity q = only("193 căn, trị giá hơn 9,1 tỷ đồng".substring(9));
        assertThat(q.value()).isEqualByComparingTo("9100000000");
        assertThat(q.qualifier()).isEqualTo("hơn");
        assertThat(only("tặng quà 21,5 triệu đồng").value()).isEqualByComparingTo("21500000");
        assertThat(only("khoảng 3 nghìn người").value()).isEqualByComparingTo("3000");
        assertThat(only("khoảng 3 ngàn người").value()).isEqualByComparingTo("3000");
    }

    @Test
    void addsCompoundScaleWords() {
        assertThat(only("hỗ trợ 3 tỷ 500 triệu đồng").value()).isEqualByComparingTo("3500000000");
        assertThat(only("hỗ trợ 1 triệu 200 nghìn đồng").value()).isEqualByComparingTo("1200000");
    }

    @Test
    void spanIsTheExactSourceTextOfNumberScaleAndUnit() {
        String text = "Xây dựng 193 nhà \"Đại đoàn kết\" trị giá hơn 9,1 tỷ đồng.";
        List<ExtractedQuantity> found = read(text);
        assertThat(found).extracting(ExtractedQuantity::text).containsExactly("193 nhà", "9,1 tỷ đồng");
        for (ExtractedQuantity q : found) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    @Test
    void readsCurrencyWrittenAsVndOrGluedD() {
        assertThat(only("ủng hộ 50.000đ").unit()).isEqualTo("đồng");
        assertThat(only("ủng hộ 50.000 VNĐ").unit()).isEqualTo("đồng");
        assertThat(only("ủng hộ 2 triệu đ.").value()).isEqualByComparingTo("2000000");
    }

    @Test
    void ratioKeepsBothSides() {
        ExtractedQuantity q = only("132 người đăng ký, hiến 54/44 đơn vị máu".substring(19));
        assertThat(q.value()).isEqualByComparingTo("54");
        assertThat(q.ratioOf()).isEqualByComparingTo("44");
        assertThat(q.unit()).isEqualTo("đơn vị máu");
        assertThat(q.indicator()).isEqualTo("BLOOD_UNITS");

        ExtractedQuantity boards = only("Với tinh thần đó 4/4 Ban Công tác mặt trận đã đăng ký các mô hình");
        assertThat(boards.value()).isEqualByComparingTo("4");
        assertThat(boards.ratioOf()).isEqualByComparingTo("4");
        assertThat(boards.indicator()).isEqualTo("RA_MODEL_REGISTERED");

        ExtractedQuantity cremations = only("tỷ lệ hỏa táng đạt 9/17 ca");
        assertThat(cremations.ratioOf()).isEqualByComparingTo("17");
        assertThat(cremations.indicator()).isEqualTo("CREMATIONS");
    }

    @Test
    void readsSharesWithTheirQualifier() {
        List<ExtractedQuantity> found = read("có hơn 91% hộ đạt danh hiệu \"Gia đình văn hóa\", hơn 93% khu dân cư đạt"
                + " danh hiệu \"Khu dân cư văn hóa\"");
        assertThat(found).extracting(ExtractedQuantity::value).containsExactly(n("91"), n("93"));
        assertThat(found).extracting(ExtractedQuantity::unit).containsOnly("%");
        assertThat(found).extracting(ExtractedQuantity::qualifier).containsOnly("hơn");
        assertThat(found)
                .extracting(ExtractedQuantity::indicator)
                .containsExactly("HH_CULTURAL_SHARE", "RA_CULTURAL_SHARE");
        assertThat(only("hiến máu đạt 123% chỉ tiêu").qualifier()).isEqualTo("đạt");
        assertThat(only("phấn đấu trên 90% người dân").qualifier()).isEqualTo("trên");
    }

    @Test
    void readsQualifiers() {
        assertThat(only("vận động gần 5.000 người").qualifier()).isEqualTo("gần");
        assertThat(only("thu hút khoảng 300 lượt người").qualifier()).isEqualTo("khoảng");
        assertThat(only("gần như 100% hộ tham gia").qualifier()).isEqualTo("gần như");
        assertThat(only("có 40 hộ").qualifier()).isNull();
    }

    @Test
    void ignoresDates() {
        assertThat(read("Ngày 28/11, tại huyện Ngân Sơn; sáng 10/10 họp; ngày 07/7/2023; 29/11/2023 08:37"))
                .isEmpty();
        assertThat(read("Hồng Sơn, ngày 06 tháng 7 năm 2023")).isEmpty();
        assertThat(read("từ 15/6 đến 20/7/2024; đến cuối tháng 11/2023")).isEmpty();
    }

    @Test
    void ignoresYearsAndPeriods() {
        assertThat(read("tổng kết năm 2023, nhiệm vụ trọng tâm năm 2024, chiến dịch hè 2024"))
                .isEmpty();
        assertThat(read("sơ kết 6 tháng đầu năm 2024, Quý I/2024, quý II năm 2024, 9 tháng"))
                .isEmpty();
    }

    @Test
    void termSpanIsNotAQuantity() {
        assertThat(read("Đại hội nhiệm kỳ 2024 - 2029; nhiệm kỳ 2020-2025; nhiệm kỳ 2024 – 2029; giai đoạn 2021—2030"))
                .isEmpty();
    }

    @Test
    void ignoresDocumentNumbers() {
        assertThat(read("Kết luận số 231-KL/TU ngày 07/7/2023 của Tỉnh ủy")).isEmpty();
        assertThat(read("Số: 12/BC-MTTQ-BTT")).isEmpty();
        assertThat(read("Kế hoạch số 185-KH/TU; Hướng dẫn 35/HD-MTTW-BTT; Quyết định 1234/QĐ-UBND"))
                .isEmpty();
    }

    @Test
    void ignoresLegalReferences() {
        assertThat(read("theo Nghị định 86/2023, Nghị định 30/2020/NĐ-CP và Luật số 97/2025/QH15"))
                .isEmpty();
        assertThat(read("Nghị quyết số 43/2022/QH15; Điều 5, khoản 2; Thông tư 12"))
                .isEmpty();
    }

    @Test
    void ignoresOrdinalNames() {
        assertThat(read("Trưởng Ban Công tác Mặt trận khu 4 và khu 2; thôn 3, tổ 5, tổ dân phố 12, xóm 7"))
                .isEmpty();
        assertThat(read("Hội nghị lần thứ 7; lần thứ 12 (khóa XII); Kỳ họp thứ 14; Đại hội lần thứ X; đợt 2"))
                .isEmpty();
        assertThat(read("Quý I, Quý IV; khóa XIV; định danh điện tử mức 2")).isEmpty();
    }

    @Test
    void ignoresPhoneNumbersAndTimes() {
        assertThat(read("Liên hệ 0912.345.678 hoặc 0905 123 456, ĐT (0236) 3821 456"))
                .isEmpty();
        assertThat(read("lúc 7 giờ 30; 20:36 22/03/2024; 0:00 / 0:00; 8h30")).isEmpty();
    }

    @Test
    void ignoresAnniversariesAgesAndCodes() {
        assertThat(read("kỷ niệm 93 năm Ngày thành lập; cụ 90 tuổi; dịch COVID-19; cách mạng 4.0"))
                .isEmpty();
    }

    @Test
    void ignoresListNumbering() {
        assertThat(read("1. Công tác tuyên truyền\n2) Kết quả\n1.2. Phong trào\n(3) Ghi chú"))
                .isEmpty();
    }

    @Test
    void countWrittenAsYearLikeNumberWithUnitIsStillAQuantity() {
        assertThat(only("toàn xã có 2000 hộ").value()).isEqualByComparingTo("2000");
    }

    @Test
    void dayMonthShapedRatioNeedsACountedUnit() {
        assertThat(only("có 3/5 xã đạt chuẩn nông thôn mới").ratioOf()).isEqualByComparingTo("5");
        assertThat(read("Ngày 3/5 có hội nghị")).isEmpty();
    }

    @Test
    void numberWithoutUnitIsKeptWithLowerConfidence() {
        ExtractedQuantity bare = only("toàn tỉnh có 15 trên tổng số");
        ExtractedQuantity counted = only("toàn tỉnh có 15 hộ");
        assertThat(bare.unit()).isNull();
        assertThat(bare.confidence()).isLessThan(counted.confidence());
    }

    @Test
    void textWithoutNumbersGivesNothing() {
        assertThat(read("Hội nghị thống nhất đề ra nhiều nhiệm vụ trọng tâm.")).isEmpty();
        assertThat(read("")).isEmpty();
        assertThat(read(null)).isEmpty();
    }

    @Test
    void proposesIndicatorsFromTheSurroundingWords() {
        assertThat(only("ra quân trồng mới hơn 200 cây xanh").indicator()).isEqualTo("TREES_PLANTED");
        assertThat(only("phân bổ 2,5 tỷ đồng từ Quỹ \"Vì người nghèo\" tỉnh").indicator())
                .isEqualTo("FUND_POOR_SPENT");
        assertThat(only("Quỹ \"Vì người nghèo\" vận động được 125 triệu đồng").indicator())
                .isEqualTo("FUND_POOR_RAISED");
        assertThat(only("tổng hợp 27 ý kiến, kiến nghị của cử tri").indicator()).isEqualTo("VOTER_OPINIONS");
        assertThat(only("100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc")
                        .indicator())
                .isEqualTo("UNITY_FESTIVAL_HELD");
        assertThat(only("lắp 50 đèn năng lượng").indicator()).isNull();
    }

    @Test
    void nearestKeywordDecidesBetweenIndicators() {
        List<ExtractedQuantity> found = read("tổ chức 2 cuộc giám sát, 1 hội nghị phản biện xã hội");
        assertThat(found)
                .extracting(ExtractedQuantity::indicator)
                .containsExactly("SUPERVISIONS", "CRITICISM_CONFERENCES");
    }

    @Test
    void proposesThePeriodAndUnitTheTextNames() {
        List<ExtractedQuantity> found = read("Báo cáo 6 tháng đầu năm 2024 của Ủy ban MTTQ xã Hồng Sơn. Trao 43 hộ,"
                + " phương hướng nhiệm vụ 6 tháng cuối năm 2024.");
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.period()).isEqualTo("2024S1");
            assertThat(q.unitName()).isEqualTo("xã Hồng Sơn");
        });
        assertThat(only("Quý I/2024 trao 10 hộ").period()).isEqualTo("2024Q1");
        assertThat(only("Trong năm 2023 trao 10 hộ").period()).isEqualTo("2023");
    }

    @Test
    void fiveMegabytesOfTextAreReadQuickly() {
        String paragraph = "Ngày 22/3, hội nghị giao ban quý I năm 2024 (Kế hoạch số 45/KH-MTTQ): xây dựng 193 nhà"
                + " \"Đại đoàn kết\" trị giá hơn 9,1 tỷ đồng, hiến 54/44 đơn vị máu, đạt 123% chỉ tiêu; nhiệm kỳ"
                + " 2024 - 2029, khu 4, lần thứ 12, điện thoại 0912.345.678.\n";
        StringBuilder text = new StringBuilder();
        while (text.length() < 5_000_000) {
            text.append(paragraph);
        }
        // CPU time of this thread, not wall time: the build machine is shared and often busy.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        long wallStarted = System.nanoTime();
        List<ExtractedQuantity> found = extractor.extract(text.toString());
        Duration took = Duration.ofNanos(threads.getCurrentThreadCpuTime() - started);
        System.out.println("5 MB: " + found.size() + " quantities in " + took.toMillis() + " ms CPU, "
                + (System.nanoTime() - wallStarted) / 1_000_000 + " ms wall");
        assertThat(found.size()).isEqualTo(4 * (5_000_000 / paragraph.length() + 1));
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }
}
