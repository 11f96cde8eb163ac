package vn.doanket.indicators;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.Messages;

/**
 * One figure the Front reports, as defined in the catalogue.
 *
 * @param aggregation how values of units add up to their parent
 * @param timeAggregation how values of shorter periods add up to a longer one
 * @param entryLevels kinds of unit that enter values; empty for a computed (RATIO) indicator
 * @param categoryCode the breakdown whose option codes each value carries, or null for a plain value
 * @param numeratorId for RATIO, the indicator whose total is divided
 * @param denominatorId for RATIO, the indicator whose total divides
 * @param ratioFactor for RATIO, the factor (100 for a percentage)
 * @param descriptionVi the note on how to count it, or null
 * @param descriptionEn the same note in English, or null where nobody wrote one
 */
public record Indicator(
        long id,
        String code,
        String nameVi,
        String nameEn,
        String unitOfMeasureVi,
        String unitOfMeasureEn,
        ValueType valueType,
        Aggregation aggregation,
        Aggregation timeAggregation,
        Set<UnitKind> entryLevels,
        String categoryCode,
        BigDecimal min,
        BigDecimal max,
        Long numeratorId,
        Long denominatorId,
        BigDecimal ratioFactor,
        String descriptionVi,
        String descriptionEn) {

    /** The option code of a value that has no breakdown (DHIS2's “default” combination). */
    public static final String NO_BREAKDOWN = "DEFAULT";

    public Indicator {
        entryLevels = Set.copyOf(entryLevels);
    }

    public boolean isComputed() {
        return aggregation == Aggregation.RATIO;
    }

    public boolean isEnteredAt(UnitKind kind) {
        return entryLevels.contains(kind);
    }

    public boolean hasBreakdown() {
        return categoryCode != null;
    }

    public String name(Locale locale) {
        return Messages.isEnglish(locale) ? nameEn : nameVi;
    }

    public String unitOfMeasure(Locale locale) {
        return Messages.isEnglish(locale) ? unitOfMeasureEn : unitOfMeasureVi;
    }

    /**
     * The note in the reader's language. An English reader gets the Vietnamese note when no English one
     * was written, rather than nothing: the note says how to count the figure. Null when there is none (a
     * blank note is none), so a page tests for null alone and never shows an empty line or tooltip.
     */
    public String description(Locale locale) {
        boolean english = Messages.isEnglish(locale) && written(descriptionEn);
        String note = english ? descriptionEn : descriptionVi;
        return written(note) ? note : null;
    }

    private static boolean written(String note) {
        return note != null && !note.isBlank();
    }
}
