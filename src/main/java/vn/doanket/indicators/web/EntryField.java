package vn.doanket.indicators.web;

import vn.doanket.indicators.ValueType;

/**
 * One input of a form or grid as rendered: the stored value written the Vietnamese way, the version
 * the user sees (0 when empty) and, when the upper level set one, the target and the achievement. The
 * unit's name labels a grid's cell for screen readers. The note says how to count the figure, in the
 * reader's language (null when the indicator has none).
 */
record EntryField(
        String unit,
        String unitName,
        String indicator,
        String option,
        String optionName,
        String name,
        String unitOfMeasure,
        String note,
        ValueType type,
        String value,
        int version,
        String comment,
        String updatedBy,
        String updatedAt,
        String target,
        Integer achievement,
        boolean readOnly) {

    /** A DOM-safe key: codes are letters, digits and underscores. */
    public String getKey() {
        return unit + "-" + indicator + "-" + option;
    }

    /** What a screen reader says for a grid's cell: the indicator, its option if any, and the unit's name. */
    public String getCellLabel() {
        return name + (optionName == null ? "" : " – " + optionName) + " – " + unitName;
    }

    public boolean isYesNo() {
        return type == ValueType.YES_NO;
    }

    public boolean isText() {
        return type == ValueType.TEXT;
    }

    /** true or false for the yes/no select, from the stored Có or Không. */
    public String getAnswer() {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "Có".equals(value) ? "true" : "false";
    }

    public String getInputMode() {
        return switch (type) {
            case INTEGER, MONEY -> "numeric";
            case DECIMAL, SHARE -> "decimal";
            default -> "text";
        };
    }
}
