package vn.doanket.analytics;

import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * What the analytics module refuses, each with a stable code and a message from
 * messages/analytics*.properties: Vietnamese, and English for an English reader.
 */
public class AnalyticsException extends DomainException {

    static final String BUNDLE = "messages/analytics";

    AnalyticsException(String code, int status, Messages.Key message) {
        super(code, status, message);
    }

    /** The refusal whose message is {@code error.<code>} with these arguments. */
    static Messages.Key key(String code, Object... args) {
        return new Messages.Key(BUNDLE, "error." + code, args);
    }

    public static class BadBreakdown extends AnalyticsException {
        public BadBreakdown(String by) {
            super("analytics.bad-breakdown", 400, key("analytics.bad-breakdown", by));
        }
    }

    public static class BadPeriodRange extends AnalyticsException {
        public BadPeriodRange(String spec) {
            super("analytics.bad-period-range", 400, key("analytics.bad-period-range", spec));
        }
    }

    public static class TooManyUnits extends AnalyticsException {
        public TooManyUnits(int count, int limit) {
            super("analytics.too-many-units", 400, key("analytics.too-many-units", count, limit));
        }
    }

    /** Split weights that cannot be saved; each factory names what is wrong with them. */
    public static class BadWeights extends AnalyticsException {
        private static final String CODE = "analytics.bad-weights";

        private BadWeights(String what, Object... args) {
            super(CODE, 400, key(CODE + "." + what, args));
        }

        /** The weights are not given for exactly the successor communes. */
        public static BadWeights notForTheSuccessors() {
            return new BadWeights("successors");
        }

        /** A weight is not above 0, is above 1, or has more than 9 decimals. */
        public static BadWeights outOfRange() {
            return new BadWeights("range");
        }

        /** The weights do not add up to 1; {@code total} is their sum as written. */
        public static BadWeights totalNotOne(String total) {
            return new BadWeights("total", total);
        }

        /** The pre-reform commune to set the weights of does not exist. */
        public static BadWeights unknownPredecessor() {
            return new BadWeights("predecessor");
        }

        /** A weight as typed is not a number. */
        public static BadWeights notANumber(String text) {
            return new BadWeights("not-a-number", text);
        }
    }
}
