package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTests {

    static TypedValue parse(Indicator i, String raw) {
        return ValueParser.parse(i, raw, NumberNotation.VIETNAMESE);
    }

    @Test
    void textInANumberFieldIsRefusedNamingTheValueAndTheIndicator() {
        assertThatThrownBy(() -> parse(TestIndicators.count("BLOOD_UNITS"), "năm mươi"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("\"năm mươi\"")
                .hasMessageContaining("BLOOD_UNITS (vi)")
                .hasMessageContaining("không phải là số")
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("ind.value-not-a-number");
    }

    @Test
    void negativeCountIsRefusedAndTellsTheUserToEnterZero() {
        assertThatThrownBy(() -> parse(TestIndicators.count("ENLISTMENT"), "-3"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("không thể âm")
                .hasMessageContaining("nhập 0")
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("ind.value-negative");
    }

    @Test
    void countWithoutAMinimumIsStillNeverNegative() {
        Indicator noMin = TestIndicators.of("X", ValueType.INTEGER, Aggregation.SUM, null, null);
        assertThatThrownBy(() -> parse(noMin, "-1")).hasMessageContaining("không thể âm");
        Indicator decimal = TestIndicators.of("D", ValueType.DECIMAL, Aggregation.AVERAGE, null, null);
        assertThat(parse(decimal, "-1,5").number()).isEqualByComparingTo("-1.5");
    }

    @Test
    void countMustBeWhole() {
        assertThatThrownBy(() -> parse(TestIndicators.count("BLOOD_UNITS"), "4,5"))
                .hasMessageContaining("số nguyên")
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("ind.value-not-whole");
        assertThat(parse(TestIndicators.count("BLOOD_UNITS"), "54").number()).isEqualByComparingTo("54");
    }

    @Test
    void moneyIsReadAsWrittenInReports() {
        assertThat(parse(TestIndicators.money(), "72.925.000").number()).isEqualByComparingTo("72925000");
        assertThat(parse(TestIndicators.money(), "9,1 tỷ đồng").number()).isEqualByComparingTo("9100000000");
    }

    @Test
    void valueOutsideTheIndicatorsRangeIsRefusedWithTheRange() {
        Indicator score = TestIndicators.of(
                "EMULATION_SCORE", ValueType.DECIMAL, Aggregation.AVERAGE, BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThatThrownBy(() -> parse(score, "120"))
                .hasMessageContaining("từ 0 đến 100")
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("ind.value-out-of-range");
        assertThat(parse(score, "87,5").number()).isEqualByComparingTo("87.5");
    }

    @Test
    void enteredShareIsBetweenZeroAndHundred() {
        assertThatThrownBy(() -> parse(TestIndicators.share(), "101")).hasMessageContaining("từ 0 đến 100");
        assertThat(parse(TestIndicators.share(), "91").number()).isEqualByComparingTo("91");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Có", "có", "co", "x", "true", "1", "Yes"})
    void yesAnswers(String typed) {
        assertThat(parse(TestIndicators.yesNo(), typed).answer()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Không", "khong", "0", "false", "no", "chưa"})
    void noAnswers(String typed) {
        assertThat(parse(TestIndicators.yesNo(), typed).answer()).isFalse();
    }

    @Test
    void anythingElseInAYesNoFieldIsRefused() {
        assertThatThrownBy(() -> parse(TestIndicators.yesNo(), "có lẽ"))
                .hasMessageContaining("Có hoặc Không")
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("ind.value-not-yes-no");
    }

    @Test
    void computedIndicatorCannotBeEntered() {
        assertThatThrownBy(() -> parse(TestIndicators.ratio(), "53"))
                .hasMessageContaining("tính tự động")
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("ind.indicator-computed");
    }

    @Test
    void blankMeansRemove() {
        assertThat(parse(TestIndicators.count("BLOOD_UNITS"), "  ")).isNull();
        assertThat(parse(TestIndicators.count("BLOOD_UNITS"), null)).isNull();
    }

    @Test
    void textIsKeptStrippedAndLimited() {
        Indicator text = TestIndicators.of("HIGHLIGHTS", ValueType.TEXT, Aggregation.LATEST, null, null);
        assertThat(parse(text, "  Hoàn thành 4/4 mô hình ").text()).isEqualTo("Hoàn thành 4/4 mô hình");
        assertThatThrownBy(() -> parse(text, "a".repeat(4001))).hasMessageContaining("4001");
    }

    @Test
    void absurdPrecisionIsRefused() {
        assertThatThrownBy(() -> parse(TestIndicators.share(), "12,345678"))
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("ind.value-too-precise");
    }
}
