package vn.doanket.indicators;

import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * Someone else changed (or removed) the value since the user loaded it. Nothing was stored; the
 * message names who changed it, when, and the value now, so the user can decide and save again.
 */
public class StaleValueException extends DomainException {

    private final transient DataValue current;

    StaleValueException(String indicatorName, String typed, DataValue current) {
        super(
                code(current),
                409,
                new Messages.Key(
                        IndicatorMessages.BUNDLE,
                        "error." + code(current),
                        current == null
                                ? new Object[] {indicatorName, typed}
                                : new Object[] {
                                    indicatorName,
                                    current.updatedBy(),
                                    TimeFormat.vietnamese(current.updatedAt()),
                                    current.display(),
                                    typed
                                }));
        this.current = current;
    }

    private static String code(DataValue current) {
        return current == null ? "ind.value-removed-by-someone-else" : "ind.value-changed-by-someone-else";
    }

    /** The value now stored, or null when it was removed. */
    public DataValue current() {
        return current;
    }
}
