package vn.doanket.indicators;

import java.util.Locale;
import vn.doanket.platform.DomainException;

/**
 * A refusal of the reporting engine whose message comes from messages/indicators*.properties by its
 * code and arguments, so it can be given in English to an English reader as well as in Vietnamese.
 */
abstract class IndicatorException extends DomainException {

    IndicatorException(String code, int status, Object... args) {
        super(code, status, IndicatorMessages.vi("error." + code, args), args);
    }

    @Override
    public String message(Locale locale) {
        if (locale == null || !"en".equals(locale.getLanguage())) {
            return getMessage();
        }
        String key = "error." + code();
        String english = IndicatorMessages.of(locale).get(key, args());
        return english.equals(key) ? getMessage() : english;
    }
}
