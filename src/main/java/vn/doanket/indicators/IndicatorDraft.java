package vn.doanket.indicators;

import java.util.List;

/**
 * An indicator as an administrator typed it, on the catalogue page or through the API. Everything is
 * text so that a wrong entry can be answered field by field, in Vietnamese, and shown back unchanged.
 *
 * @param levels unit kinds (organization UnitKind names) that enter it; empty for a RATIO indicator
 * @param breakdown the code of a breakdown category (e.g. MEMBER_ORG), or blank for none
 * @param numerator for RATIO, the code of the indicator whose total is divided
 * @param denominator for RATIO, the code of the indicator whose total divides
 * @param ratioFactor for RATIO, the factor (100 for a percentage)
 * @param description the note, in Vietnamese; blank for none
 * @param descriptionEn the note in English; blank for none, null (as from a caller that predates it)
 *     to keep the English note an indicator already has
 * @param version the version the editor started from (null when creating); a stale one is refused
 */
public record IndicatorDraft(
        String code,
        String nameVi,
        String nameEn,
        String unitOfMeasureVi,
        String unitOfMeasureEn,
        String valueType,
        String aggregation,
        String timeAggregation,
        List<String> levels,
        String breakdown,
        String min,
        String max,
        String numerator,
        String denominator,
        String ratioFactor,
        String description,
        String descriptionEn,
        Integer sortOrder,
        Integer version) {

    public IndicatorDraft {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The draft of an existing indicator, to edit it. */
    public static IndicatorDraft of(IndicatorDefinition d) {
        Indicator i = d.indicator();
        return new IndicatorDraft(
                i.code(),
                i.nameVi(),
                i.nameEn(),
                i.unitOfMeasureVi(),
                i.unitOfMeasureEn(),
                i.valueType().name(),
                i.aggregation().name(),
                i.timeAggregation().name(),
                d.levels().stream().map(Enum::name).sorted().toList(),
                i.categoryCode(),
                i.min() == null ? null : i.min().stripTrailingZeros().toPlainString(),
                i.max() == null ? null : i.max().stripTrailingZeros().toPlainString(),
                d.numeratorCode(),
                d.denominatorCode(),
                i.ratioFactor() == null
                        ? null
                        : i.ratioFactor().stripTrailingZeros().toPlainString(),
                i.descriptionVi(),
                i.descriptionEn(),
                d.sortOrder(),
                d.version());
    }
}
