package vn.doanket.indicators;

import java.util.Locale;
import vn.doanket.platform.Messages;

/** Reads messages/indicators*.properties: the reporting engine's refusals, warnings and notes. */
final class IndicatorMessages {

    static final String BUNDLE = "messages/indicators";
    static final Locale VIETNAMESE = Messages.VIETNAMESE;

    private final Messages messages;

    private IndicatorMessages(Messages messages) {
        this.messages = messages;
    }

    static IndicatorMessages of(Locale locale) {
        return new IndicatorMessages(Messages.of(BUNDLE, locale));
    }

    static String vi(String key, Object... args) {
        return Messages.vi(BUNDLE, key, args);
    }

    /** The message of {@code key}, to be written when the reader's language is known. */
    static Messages.Key text(String key, Object... args) {
        return new Messages.Key(BUNDLE, key, args);
    }

    /** Arguments are formatted by the caller; numbers passed here would get grouping the bundle does not want. */
    String get(String key, Object... args) {
        return messages.get(key, args);
    }
}
