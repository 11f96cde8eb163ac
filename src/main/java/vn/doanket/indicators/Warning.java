package vn.doanket.indicators;

import java.util.Locale;
import vn.doanket.platform.Messages;

/**
 * Something a saved value makes worth a second look (it did not stop the save), written in the
 * reader's language when asked: most warnings are read once, in one language.
 *
 * @param row the row of a list or upload it concerns, written in front ("12: …"), or 0
 */
public record Warning(int row, Messages.Key text) {

    static Warning of(String key, Object... args) {
        return new Warning(0, IndicatorMessages.text(key, args));
    }

    /** The same warning about a row of a list or upload. */
    Warning atRow(int row) {
        return new Warning(row, text);
    }

    /** In Vietnamese. */
    public String message() {
        return message(Messages.VIETNAMESE);
    }

    /** In English. */
    public String english() {
        return message(Locale.ENGLISH);
    }

    /** In the reader's language. */
    public String message(Locale locale) {
        String written = text.in(locale);
        return row > 0 ? row + ": " + written : written;
    }
}
