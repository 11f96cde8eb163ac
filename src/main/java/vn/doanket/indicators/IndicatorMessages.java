package vn.doanket.indicators;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads messages/indicators*.properties, the same bundle Spring's MessageSource serves to the web
 * layer, so an exception's Vietnamese message and its key {@code error.<code>} can never drift apart.
 */
final class IndicatorMessages {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "messages/indicators";
    // Without this, a JVM whose default locale is English would answer Vietnamese requests in English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private IndicatorMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    static IndicatorMessages of(Locale locale) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return new IndicatorMessages(ResourceBundle.getBundle(BUNDLE, l, NO_FALLBACK), l);
    }

    static String vi(String key, Object... args) {
        return of(VIETNAMESE).get(key, args);
    }

    /** Arguments are formatted by the caller; numbers passed here would get grouping the bundle does not want. */
    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(stringified(args));
    }

    private static Object[] stringified(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return out;
    }
}
