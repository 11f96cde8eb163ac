package vn.doanket.indicators;

import vn.doanket.platform.DomainException;

/**
 * Someone else changed (or removed) the value since the user loaded it. Nothing was stored; the
 * message names who changed it, when, and the value now, so the user can decide and save again.
 */
public class StaleValueException extends DomainException {

    private final transient DataValue current;

    StaleValueException(String indicatorName, String typed, DataValue current) {
        super(
                current == null ? "ind.value-removed-by-someone-else" : "ind.value-changed-by-someone-else",
                409,
                current == null
                        ? IndicatorMessages.vi("error.ind.value-removed-by-someone-else", indicatorName, typed)
                        : IndicatorMessages.vi(
                                "error.ind.value-changed-by-someone-else",
                                indicatorName,
                                current.updatedBy(),
                                TimeFormat.vietnamese(current.updatedAt()),
                                current.display(),
                                typed),
                indicatorName,
                typed);
        this.current = current;
    }

    /** The value now stored, or null when it was removed. */
    public DataValue current() {
        return current;
    }
}
