package vn.doanket.indicators;

import java.util.List;

/**
 * What a save did. {@code value} is null when the value was removed; {@code changed} is false when
 * the same value was saved again; {@code warnings} are shown but did not stop the save.
 */
public record SaveOutcome(DataValue value, boolean changed, List<Warning> warnings) {
    public SaveOutcome {
        warnings = List.copyOf(warnings);
    }
}
