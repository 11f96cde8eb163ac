package vn.doanket.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/** Assembles a unit's form for a period with its values, targets and state, for data-entry screens. */
@Service
@Transactional(readOnly = true)
public class FormSheets {

    private final ReportForms forms;
    private final IndicatorCatalogue catalogue;
    private final DataValueStore values;
    private final Targets targets;
    private final Submissions submissions;
    private final PeriodCalendar calendar;
    private final OrgUnits units;

    FormSheets(
            ReportForms forms,
            IndicatorCatalogue catalogue,
            DataValueStore values,
            Targets targets,
            Submissions submissions,
            PeriodCalendar calendar,
            OrgUnits units) {
        this.forms = forms;
        this.catalogue = catalogue;
        this.values = values;
        this.targets = targets;
        this.submissions = submissions;
        this.calendar = calendar;
        this.units = units;
    }

    public FormSheet sheet(String formCode, String unitCode, String periodId) {
        ReportForm form = forms.get(formCode);
        Period period = Period.parse(periodId);
        Unit unit = units.get(unitCode, period.end());
        Submission submission =
                submissions.find(form.code(), unit.code(), period.id()).orElse(null);
        Map<String, DataValue> stored = values.forUnit(unit.id(), period).stream()
                .collect(Collectors.toMap(v -> v.indicatorCode() + "|" + v.option(), Function.identity()));
        Map<String, Target> targetsByCode = targets.forUnit(unit.code(), period.id()).stream()
                .collect(Collectors.toMap(Target::indicatorCode, Function.identity()));
        List<FormSheet.Field> fields = new ArrayList<>();
        for (Indicator i : forms.indicators(form)) {
            Target target = targetsByCode.get(i.code());
            if (i.hasBreakdown()) {
                for (CategoryOption o : catalogue.options(i.categoryCode())) {
                    fields.add(new FormSheet.Field(i, o, stored.get(i.code() + "|" + o.code()), target));
                }
            } else {
                fields.add(new FormSheet.Field(i, null, stored.get(i.code() + "|" + Indicator.NO_BREAKDOWN), target));
            }
        }
        boolean open =
                calendar.hasStarted(period) && (submission == null || submission.status() != SubmissionStatus.APPROVED);
        return new FormSheet(
                form, unit, period, calendar.window(period), forms.deadline(form, period), submission, open, fields);
    }
}
