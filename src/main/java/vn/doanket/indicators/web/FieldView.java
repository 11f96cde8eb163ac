package vn.doanket.indicators.web;

import vn.doanket.indicators.Achievement;
import vn.doanket.indicators.FormSheet;
import vn.doanket.indicators.ValueType;
import vn.doanket.indicators.VietnameseNumbers;

/**
 * One row of the data-entry table. {@code typed} is what the input shows: the stored value, or what
 * the user typed when it was refused, so nothing typed is lost. {@code state} is “”, “saved”,
 * “warning” or “error”.
 */
public record FieldView(
        String indicator,
        String name,
        String unitOfMeasure,
        ValueType valueType,
        String option,
        String optionName,
        String typed,
        String comment,
        int version,
        String target,
        Integer achievement,
        String state,
        String message) {

    static FieldView of(FormSheet.Field f) {
        Achievement a = f.achievement();
        return new FieldView(
                f.indicator().code(),
                f.indicator().nameVi(),
                f.indicator().unitOfMeasureVi(),
                f.indicator().valueType(),
                f.optionCode(),
                f.option() == null ? null : f.option().nameVi(),
                f.display(),
                f.value() == null || f.value().comment() == null
                        ? ""
                        : f.value().comment(),
                f.version(),
                f.target() == null ? null : VietnameseNumbers.format(f.target().value()),
                a == null ? null : a.wholePercent(),
                "",
                null);
    }

    FieldView with(String newState, String newMessage) {
        return new FieldView(
                indicator,
                name,
                unitOfMeasure,
                valueType,
                option,
                optionName,
                typed,
                comment,
                version,
                target,
                achievement,
                newState,
                newMessage);
    }

    FieldView typed(String value, String newComment, int newVersion) {
        return new FieldView(
                indicator,
                name,
                unitOfMeasure,
                valueType,
                option,
                optionName,
                value,
                newComment,
                newVersion,
                target,
                achievement,
                state,
                message);
    }

    /** The element id of the row. */
    public String rowId() {
        return "f-" + indicator + "-" + option;
    }
}
