package vn.doanket.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A module's message bundle (messages/&lt;module&gt;*.properties, the same files Spring's MessageSource
 * serves to the pages) read outside the web layer: by a refusal that must carry its Vietnamese message
 * and also answer an English reader in English, so the two can never drift from the key.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    // Without this, a JVM whose default locale is English would answer Vietnamese requests in English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A message not yet written: its bundle, its key and its (already formatted) arguments. */
    public record Key(String bundle, String key, Object... args) {
        public String vi() {
            return Messages.vi(bundle, key, args);
        }
    }

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle in English for an English reader, in Vietnamese for anyone else. */
    public static Messages of(String bundle, Locale locale) {
        Locale l = isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
        return new Messages(ResourceBundle.getBundle(bundle, l, NO_FALLBACK), l);
    }

    public static String vi(String bundle, String key, Object... args) {
        return of(bundle, VIETNAMESE).get(key, args);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /**
     * The message of {@code key} with its arguments, or the key itself if the bundle lacks it. Arguments
     * are written as the caller formatted them ({@link String#valueOf}): a number passed here would get
     * the grouping of the bundle's locale, not the one the rest of the page uses. An argument that is
     * itself a {@link Key} (a word that has its own translation, such as a position's title) is written
     * in the same language as the message.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(stringified(args));
    }

    /** Whether the bundle has the key in this language (or in Vietnamese, which every bundle has). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private Object[] stringified(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Key k) {
                out[i] = of(k.bundle(), locale).get(k.key(), k.args());
            } else {
                out[i] = args[i] == null ? "" : String.valueOf(args[i]);
            }
        }
        return out;
    }
}
