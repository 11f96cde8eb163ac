package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlierCheckTests {

    static OutlierCheck.History history(long... values) {
        List<BigDecimal> earlier =
                java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
        return OutlierCheck.History.of(earlier);
    }

    @Test
    void valueTenTimesTheUsualWarnsNamingTheLargestEarlierValue() {
        assertThat(OutlierCheck.warning(BigDecimal.valueOf(540), history(44, 50, 38, 47)))
                .hasValueSatisfying(w -> assertThat(w.message())
                        .contains("540")
                        .contains("3 lần")
                        .contains("(50,")
                        .contains("đã được lưu"));
    }

    @Test
    void valueFarBelowTheUsualWarnsInBothLanguages() {
        assertThat(OutlierCheck.warning(BigDecimal.valueOf(5), history(44, 50, 38)))
                .hasValueSatisfying(w -> {
                    assertThat(w.message()).startsWith("Giá trị 5 thấp hơn 1/3 giá trị nhỏ nhất");
                    assertThat(w.english())
                            .startsWith("5 is less than 1/3 of the unit's smallest earlier value (38, over its last 3");
                    assertThat(w.atRow(7).english()).startsWith("7: 5 is less than");
                });
    }

    @Test
    void ordinaryVariationDoesNotWarn() {
        assertThat(OutlierCheck.warning(BigDecimal.valueOf(60), history(44, 50, 38, 47)))
                .isEmpty();
        assertThat(OutlierCheck.warning(BigDecimal.ZERO, history(0, 2, 1))).isEmpty();
    }

    @Test
    void tooLittleHistoryNeverWarns() {
        assertThat(OutlierCheck.warning(BigDecimal.valueOf(10_000), history(1, 2)))
                .isEmpty();
    }
}
