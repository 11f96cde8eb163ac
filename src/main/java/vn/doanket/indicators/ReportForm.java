package vn.doanket.indicators;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.Messages;

/**
 * A report form: the indicators a unit fills for a period, the kinds of unit that fill it and the
 * days allowed after the end of the period's data window.
 */
public record ReportForm(
        long id,
        String code,
        String nameVi,
        String nameEn,
        PeriodType periodType,
        Set<UnitKind> levels,
        int deadlineDays,
        List<String> indicatorCodes) {

    public ReportForm {
        levels = Set.copyOf(levels);
        indicatorCodes = List.copyOf(indicatorCodes);
    }

    public String name(Locale locale) {
        return Messages.isEnglish(locale) ? nameEn : nameVi;
    }
}
