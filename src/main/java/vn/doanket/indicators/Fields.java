package vn.doanket.indicators;

/** Which input field an error code is about, named as the caller named it (DHIS2 or our own). */
final class Fields {

    private Fields() {}

    static String of(String code, boolean dhis2) {
        String field;
        if (code.equals("ind.indicator-not-found") || code.equals("ind.indicator-computed")) {
            field = "indicator";
        } else if (code.startsWith("org.") || code.startsWith("ind.unit-") || code.equals("ind.level-not-entered")) {
            field = "unit";
        } else if (code.startsWith("ind.period")) {
            field = "period";
        } else if (code.startsWith("ind.option")) {
            field = "option";
        } else if (code.equals("ind.comment-too-long")) {
            field = "comment";
        } else if (code.startsWith("ind.value")) {
            field = "value";
        } else {
            return null;
        }
        if (!dhis2) {
            return field;
        }
        return switch (field) {
            case "indicator" -> "dataElement";
            case "unit" -> "orgUnit";
            case "option" -> "categoryOptionCombo";
            default -> field;
        };
    }
}
