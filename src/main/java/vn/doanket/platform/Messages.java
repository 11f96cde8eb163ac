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
    /** The platform's own bundle: the shell, the access rules, the pages' errors. */
    public static final String PLATFORM = "messages/platform";
    // Without this, a JVM whose default locale is English would answer Vietnamese requests in English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A text that can be written in Vietnamese or in English, when the reader is known. */
    public interface Text {
        String in(Locale locale);

        default String vi() {
            return in(VIETNAMESE);
        }
    }

    /**
     * A message not yet written: its bundle, its key and its arguments, already formatted, or texts
     * themselves (written in the same language as the message).
     */
    public record Key(String bundle, String key, Object... args) implements Text {
        @Override
        public String in(Locale locale) {
            return of(bundle, locale).get(key, args);
        }
    }

    /** Texts written one after the other, with {@code separator} between them. */
    public static Text joined(String separator, java.util.List<? extends Text> texts) {
        java.util.List<Text> copy = java.util.List.copyOf(texts);
        return locale ->
                String.join(separator, copy.stream().map(t -> t.in(locale)).toList());
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
     * are written as the caller formatted them ({@link String#valueOf}; a {@link Text} in this bundle's
     * language): a number passed here would get the grouping of the bundle's locale, not the one the
     * rest of the page uses.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(stringified(args, locale));
    }

    private static Object[] stringified(Object[] args, Locale locale) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] == null ? "" : args[i] instanceof Text t ? t.in(locale) : String.valueOf(args[i]);
        }
        return out;
    }
}
