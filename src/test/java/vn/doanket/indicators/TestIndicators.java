package vn.doanket.indicators;

import java.math.BigDecimal;
import java.util.Set;
import vn.doanket.organization.UnitKind;

/** Catalogue entries for unit tests, shaped like the seeded ones. */
final class TestIndicators {

    private TestIndicators() {}

    static Indicator of(String code, ValueType type, Aggregation rule, BigDecimal min, BigDecimal max) {
        return new Indicator(
                1,
                code,
                code + " (vi)",
                code + " (en)",
                "người",
                "people",
                type,
                rule,
                rule,
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

    static Indicator count(String code) {
        return of(code, ValueType.INTEGER, Aggregation.SUM, BigDecimal.ZERO, null);
    }

    static Indicator money() {
        return of("FUND_POOR_RAISED", ValueType.MONEY, Aggregation.SUM, BigDecimal.ZERO, null);
    }

    static Indicator yesNo() {
        return of("UNITY_FESTIVAL_HELD", ValueType.YES_NO, Aggregation.SHARE_YES, null, null);
    }

    static Indicator share() {
        return of("SATISFACTION_SHARE", ValueType.SHARE, Aggregation.AVERAGE, null, null);
    }

    static Indicator ratio() {
        return new Indicator(
                9,
                "CREMATION_SHARE",
                "Tỷ lệ hỏa táng",
                "Cremation share",
                "%",
                "%",
                ValueType.SHARE,
                Aggregation.RATIO,
                Aggregation.RATIO,
                Set.of(),
                null,
                null,
                null,
                1L,
                2L,
                BigDecimal.valueOf(100),
                null,
                null);
    }
}
