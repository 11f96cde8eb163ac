package vn.doanket.indicators.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.PeriodCalendar;
import vn.doanket.indicators.PeriodType;
import vn.doanket.indicators.ReportForm;
import vn.doanket.indicators.ReportForms;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;

/**
 * Picks the form and period of a page from the request, defaulting to the first form the unit fills
 * (else the first one its subtree fills) and to the period under way today.
 */
@Component
class Selections {

    private static final int PERIODS_BACK = 7;

    private final ReportForms forms;
    private final PeriodCalendar calendar;
    private final OrgUnits units;

    Selections(ReportForms forms, PeriodCalendar calendar, OrgUnits units) {
        this.forms = forms;
        this.calendar = calendar;
        this.units = units;
    }

    Selection select(String unitCode, String formCode, String periodId) {
        Unit unit = units.get(unitCode);
        List<ReportForm> relevant = forms.all().stream()
                .filter(f -> fills(f, unit) || below(f, unit))
                .sorted((a, b) -> Boolean.compare(fills(b, unit), fills(a, unit)))
                .toList();
        ReportForm form = formCode == null || formCode.isBlank()
                ? relevant.stream().findFirst().orElseGet(() -> forms.all().get(0))
                : forms.get(formCode);
        Period current = current(form.periodType());
        Period period = periodId == null || periodId.isBlank() ? current : Period.parse(periodId);
        if (period.type() != form.periodType()) {
            period = current;
        }
        List<Period> periods = Selection.around(current, PERIODS_BACK);
        if (!periods.contains(period)) {
            periods = new java.util.ArrayList<>(periods);
            periods.add(period);
        }
        Unit inForce = units.find(unit.code(), period.end()).orElse(unit);
        return new Selection(inForce, form, period, fills(form, unit), relevant, periods);
    }

    Period current(PeriodType type) {
        Optional<Period> p = calendar.current(type);
        return p.orElseGet(() -> Period.nineMonths(calendar.today().getYear()));
    }

    static boolean fills(ReportForm form, Unit unit) {
        return form.levels().contains(unit.kind());
    }

    static boolean below(ReportForm form, Unit unit) {
        return unit.kind() != UnitKind.MEMBER_ORG
                && form.levels().stream()
                        .anyMatch(k -> k.ordinal() > unit.kind().ordinal());
    }
}
