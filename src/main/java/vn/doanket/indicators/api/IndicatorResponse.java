package vn.doanket.indicators.api;

import java.math.BigDecimal;
import java.util.List;
import vn.doanket.indicators.Aggregation;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.ValueType;

/** An indicator in the JSON API; {@code name} and {@code unitOfMeasure} are Vietnamese. */
record IndicatorResponse(
        String code,
        String name,
        String nameEn,
        String unitOfMeasure,
        ValueType valueType,
        Aggregation aggregation,
        Aggregation timeAggregation,
        List<String> levels,
        String breakdown,
        BigDecimal min,
        BigDecimal max,
        boolean retired) {

    static IndicatorResponse of(Indicator i, boolean retired) {
        return new IndicatorResponse(
                i.code(),
                i.nameVi(),
                i.nameEn(),
                i.unitOfMeasureVi(),
                i.valueType(),
                i.aggregation(),
                i.timeAggregation(),
                i.entryLevels().stream().sorted().map(Enum::name).toList(),
                i.categoryCode(),
                i.min(),
                i.max(),
                retired);
    }
}
