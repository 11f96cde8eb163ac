package vn.doanket.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.doanket.indicators.Aggregation;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.ValueType;
import vn.doanket.organization.UnitKind;

class DemoFiguresTests {

    static Indicator indicator(ValueType type, BigDecimal min, BigDecimal max) {
        return new Indicator(
                1,
                "X",
                "x",
                "x",
                "hộ",
                "households",
                type,
                Aggregation.SUM,
                Aggregation.SUM,
                Set.of(UnitKind.COMMUNE),
                null,
                min,
                max,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void demoFiguresStayInsideTheIndicatorsRangeAndType() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String share = DemoFigures.plausible(
                    indicator(ValueType.SHARE, BigDecimal.ZERO, BigDecimal.valueOf(95)), UnitKind.COMMUNE, random);
            assertThat(new BigDecimal(share)).isBetween(BigDecimal.valueOf(80), BigDecimal.valueOf(95));
            String count = DemoFigures.plausible(
                    indicator(ValueType.INTEGER, BigDecimal.ZERO, null), UnitKind.RESIDENTIAL_AREA, random);
            assertThat(Integer.parseInt(count)).isBetween(1, 20);
            assertThat(DemoFigures.plausible(
                            indicator(ValueType.YES_NO, null, null), UnitKind.RESIDENTIAL_AREA, random))
                    .isIn("0", "1");
            String money =
                    DemoFigures.plausible(indicator(ValueType.MONEY, BigDecimal.ZERO, null), UnitKind.COMMUNE, random);
            assertThat(money).matches("[0-9]+");
        }
    }
}
