package vn.doanket.indicators.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.Achievement;
import vn.doanket.indicators.CategoryOption;
import vn.doanket.indicators.DataValue;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.ReportForm;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.Target;
import vn.doanket.indicators.Targets;
import vn.doanket.indicators.VietnameseNumbers;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;

/** Builds the inputs of a form for a unit, or of a grid for many units, with stored values and targets. */
@Component
class EntryFields {

    /** One input column: an indicator, or one breakdown option of it ({@code choice} null without one). */
    record Column(Indicator indicator, String option, CategoryOption choice) {
        String key() {
            return indicator.code() + "|" + option;
        }

        /** The option's Vietnamese name, as in the official templates; null without a breakdown. */
        public String optionName() {
            return choice == null ? null : choice.nameVi();
        }

        /** The option's name in the reader's language; null without a breakdown. */
        public String optionName(Locale locale) {
            return choice == null ? null : choice.name(locale);
        }
    }

    private final ReportForms forms;
    private final IndicatorCatalogue catalogue;
    private final Targets targets;
    private final EntryQueries queries;

    EntryFields(ReportForms forms, IndicatorCatalogue catalogue, Targets targets, EntryQueries queries) {
        this.forms = forms;
        this.catalogue = catalogue;
        this.targets = targets;
        this.queries = queries;
    }

    /** The form's inputs a kind of unit fills, breakdowns expanded, computed indicators left out. */
    List<Column> columns(ReportForm form, UnitKind kind) {
        List<Column> columns = new ArrayList<>();
        for (Indicator i : forms.indicators(form)) {
            if (i.isComputed() || !i.isEnteredAt(kind)) {
                continue;
            }
            if (i.hasBreakdown()) {
                for (CategoryOption o : catalogue.options(i.categoryCode())) {
                    columns.add(new Column(i, o.code(), o));
                }
            } else {
                columns.add(new Column(i, Indicator.NO_BREAKDOWN, null));
            }
        }
        return columns;
    }

    /** The inputs of one unit's form, with its targets and achievement. */
    List<EntryField> form(ReportForm form, Unit unit, Period period, boolean readOnly, Locale locale) {
        Map<String, DataValue> values = queries.values(List.of(unit), period).getOrDefault(unit.id(), Map.of());
        Map<String, BigDecimal> targetByCode = targets.forUnit(unit.code(), period.id()).stream()
                .collect(Collectors.toMap(Target::indicatorCode, Target::value));
        return columns(form, unit.kind()).stream()
                .map(c -> field(
                        c,
                        unit,
                        values.get(c.key()),
                        targetByCode.get(c.indicator().code()),
                        readOnly,
                        locale))
                .toList();
    }

    /** One row of inputs per unit, in column order. */
    Map<Unit, List<EntryField>> grid(
            List<Column> columns, List<Unit> rows, Period period, java.util.Set<Long> locked, Locale locale) {
        Map<Long, Map<String, DataValue>> values = queries.values(rows, period);
        Map<Unit, List<EntryField>> out = new java.util.LinkedHashMap<>();
        for (Unit u : rows) {
            Map<String, DataValue> mine = values.getOrDefault(u.id(), Map.of());
            out.put(
                    u,
                    columns.stream()
                            .map(c -> field(c, u, mine.get(c.key()), null, locked.contains(u.id()), locale))
                            .toList());
        }
        return out;
    }

    EntryField field(Column c, Unit unit, DataValue v, BigDecimal target, boolean readOnly, Locale locale) {
        Indicator i = c.indicator();
        Achievement a = target == null || c.option().equals(Indicator.NO_BREAKDOWN) == false
                ? null
                : Achievement.of(v == null ? null : v.number(), target);
        return new EntryField(
                unit.code(),
                unit.name(),
                i.code(),
                c.option(),
                c.optionName(locale),
                i.name(locale),
                i.unitOfMeasure(locale),
                i.description(locale),
                i.valueType(),
                v == null ? "" : v.display(),
                v == null ? 0 : v.version(),
                v == null ? "" : v.comment(),
                v == null ? null : v.updatedBy(),
                v == null ? null : EntryFormat.dateTime(v.updatedAt()),
                a == null ? null : VietnameseNumbers.format(target),
                a == null ? null : a.wholePercent(),
                readOnly);
    }
}
