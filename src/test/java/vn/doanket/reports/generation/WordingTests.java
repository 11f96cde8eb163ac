package vn.doanket.reports.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WordingTests {

    static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void countsTakeThousandsDotsAndDecimalCommas() {
        assertThat(Wording.number(n("72925000"))).isEqualTo("72.925.000");
        assertThat(Wording.number(n("1234.50"))).isEqualTo("1.234,5");
        assertThat(Wording.number(n("999"))).isEqualTo("999");
        assertThat(Wording.number(n("0"))).isEqualTo("0");
        assertThat(Wording.number(n("1E+3"))).isEqualTo("1.000");
        assertThat(Wording.count(n("43"), "hộ")).isEqualTo("43 hộ");
    }

    @Test
    void moneyIsWrittenWithScaleWordsAsOfficersWriteIt() {
        assertThat(Wording.money(n("9123456789"))).isEqualTo("hơn 9,1 tỷ đồng");
        assertThat(Wording.money(n("21500000"))).isEqualTo("21,5 triệu đồng");
        assertThat(Wording.money(n("72925000"))).isEqualTo("72.925.000 đồng");
        assertThat(Wording.money(n("2500000000"))).isEqualTo("2,5 tỷ đồng");
        assertThat(Wording.money(n("45000000"))).isEqualTo("45 triệu đồng");
        assertThat(Wording.money(n("1250000000"))).isEqualTo("1,25 tỷ đồng");
        assertThat(Wording.money(n("850000"))).isEqualTo("850.000 đồng");
        assertThat(Wording.money(n("1800123456789"))).isEqualTo("hơn 1.800,1 tỷ đồng");
    }

    @Test
    void sharesAreRoundedWithQualifiers() {
        assertThat(Wording.approximateShare(n("91.4"))).isEqualTo("hơn 91%");
        assertThat(Wording.approximateShare(n("93.7"))).isEqualTo("gần 94%");
        assertThat(Wording.approximateShare(n("100"))).isEqualTo("100%");
        assertThat(Wording.percent(n("52.94"))).isEqualTo("52,9%");
    }

    @Test
    void achievementAgainstTargetReadsLikeTheBloodDonationSentence() {
        assertThat(Wording.againstTarget(n("54"), n("44"), "đơn vị máu"))
                .isEqualTo("54/44 đơn vị máu, đạt 123% chỉ tiêu");
        assertThat(Wording.reached(n("72925000"), n("45300000"))).isEqualTo("đạt 161%");
        assertThat(Wording.reached(n("9"), n("17"))).isEqualTo("đạt 53%");
        assertThat(Wording.ratio(n("4"), n("4"))).isEqualTo("4/4");
        assertThat(Wording.againstTarget(n("54"), null, "đơn vị máu")).isEqualTo("54 đơn vị máu");
        assertThat(Wording.againstTarget(n("54"), BigDecimal.ZERO, "đơn vị máu"))
                .isEqualTo("54 đơn vị máu");
    }

    @Test
    void comparisonWithTheSamePeriodLastYear() {
        assertThat(Wording.versusLastYear(n("112"), n("100"))).isEqualTo("tăng 12% so với cùng kỳ");
        assertThat(Wording.versusLastYear(n("95"), n("100"))).isEqualTo("giảm 5% so với cùng kỳ");
        assertThat(Wording.versusLastYear(n("100"), n("100"))).isEqualTo("bằng cùng kỳ");
        assertThat(Wording.versusLastYear(n("1004"), n("1000"))).isEqualTo("tăng 0,4% so với cùng kỳ");
    }

    @Test
    void missingFiguresNeverReadNullOrNaN() {
        assertThat(Wording.versusLastYear(n("5"), BigDecimal.ZERO)).isEmpty();
        assertThat(Wording.versusLastYear(n("5"), null)).isEmpty();
        assertThat(Wording.versusLastYear(null, n("5"))).isEmpty();
        assertThat(Wording.reached(n("5"), null)).isEmpty();
        for (String s : new String[] {
            Wording.number(null),
            Wording.money(null),
            Wording.percent(null),
            Wording.approximateShare(null),
            Wording.ratio(null, n("1")),
            Wording.againstTarget(null, n("1"), "hộ"),
            Wording.count(null, "hộ")
        }) {
            assertThat(s).isEqualTo(Wording.NO_FIGURE).doesNotContain("null").doesNotContain("NaN");
        }
    }

    @Test
    void documentDatesFollowDecree30() {
        assertThat(Wording.documentDate(LocalDate.of(2025, 7, 6))).isEqualTo("ngày 06 tháng 7 năm 2025");
        assertThat(Wording.documentDate(LocalDate.of(2024, 2, 15))).isEqualTo("ngày 15 tháng 02 năm 2024");
        assertThat(Wording.documentDate(LocalDate.of(2024, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2024");
    }
}
