package vn.doanket.indicators;

import java.util.Locale;
import vn.doanket.platform.Messages;

/**
 * Something a saved value makes worth a second look (it did not stop the save), in Vietnamese and in
 * English.
 */
public record Warning(String message, String english) {

    static Warning of(String key, Object... args) {
        return new Warning(
                IndicatorMessages.vi(key, args),
                IndicatorMessages.of(Locale.ENGLISH).get(key, args));
    }

    /** The same warning about the row it concerns, in front: "12: …". */
    Warning atRow(int row) {
        return new Warning(row + ": " + message, row + ": " + english);
    }

    /** In the reader's language. */
    public String message(Locale locale) {
        return Messages.isEnglish(locale) ? english : message;
    }
}
