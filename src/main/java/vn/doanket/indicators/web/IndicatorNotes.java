package vn.doanket.indicators.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import vn.doanket.indicators.Indicator;

/**
 * The noted indicators of a table whose columns are indicators, listed below it (the grid, the targets)
 * and on the Excel template's help sheet. A column heading's tooltip needs a mouse: on a phone, or from
 * the keyboard, the list is where the note is read.
 */
final class IndicatorNotes {

    private IndicatorNotes() {}

    /**
     * The columns' indicators that have a note in the reader's language (the Vietnamese one where no
     * English was written), each once, in the order of the columns; empty when none has a note.
     */
    static List<Indicator> of(Stream<Indicator> columns, Locale locale) {
        Map<String, Indicator> noted = new LinkedHashMap<>();
        columns.filter(i -> i.description(locale) != null).forEach(i -> noted.putIfAbsent(i.code(), i));
        return List.copyOf(noted.values());
    }
}
