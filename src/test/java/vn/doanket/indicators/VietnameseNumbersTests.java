package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "72.925.000|72925000",
                "72925000|72925000",
                "9,1|9.1",
                "1.234,5|1234.5",
                "21,5 triệu|21500000",
                "9,1 tỷ đồng|9100000000",
                "2,5 tỷ|2500000000",
                "45 triệu đồng|45000000",
                "5 nghìn|5000",
                "72.925.000 đ|72925000",
                "72.925.000 VNĐ|72925000",
                "123%|123",
                "9.5|9.5",
                "-3|-3",
                "  44  |44",
                "1.500|1500"
            })
    void readsNumbersAsVietnameseWriteThem(String typed, String expected) {
        assertThat(VietnameseNumbers.parse(typed, NumberNotation.VIETNAMESE))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "năm mươi", "12a", "1,2,3", "1..2", "54/44", "1.23.4"})
    void textIsNotANumber(String typed) {
        assertThat(VietnameseNumbers.parse(typed, NumberNotation.VIETNAMESE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"9.1, 9.1", "1.500, 1.5", "72925000, 72925000", "1e3, 1000"})
    void machineNotationUsesTheDotAsDecimalPoint(String typed, String expected) {
        assertThat(VietnameseNumbers.parse(typed, NumberNotation.PLAIN))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
        assertThat(VietnameseNumbers.parse("72.925.000", NumberNotation.PLAIN)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"72925000|72.925.000", "9.1|9,1", "21500000|21.500.000", "0.5|0,5", "-1234|-1.234"})
    void formatsWithDotsForThousandsAndACommaForDecimals(String value, String expected) {
        assertThat(VietnameseNumbers.format(new BigDecimal(value))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void formatsExactlyAsTheVietnameseDecimalFormatPattern() {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        java.text.DecimalFormat reference = new java.text.DecimalFormat("#,##0.####", symbols);
        java.util.Random random = new java.util.Random(11);
        java.util.List<BigDecimal> values = new java.util.ArrayList<>(java.util.List.of(
                BigDecimal.ZERO,
                new BigDecimal("0.0000"),
                new BigDecimal("-0.00001"),
                new BigDecimal("0.00005"),
                new BigDecimal("0.00015"),
                new BigDecimal("1E+9"),
                new BigDecimal("999.99995"),
                new BigDecimal("-999999.99999"),
                new BigDecimal("100.1000")));
        for (int i = 0; i < 20_000; i++) {
            values.add(BigDecimal.valueOf(random.nextLong() % 10_000_000_000_000L, random.nextInt(9) - 2));
        }
        for (BigDecimal v : values) {
            assertThat(VietnameseNumbers.format(v)).as(v.toPlainString()).isEqualTo(reference.format(v));
        }
    }
}
