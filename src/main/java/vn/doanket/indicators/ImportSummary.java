package vn.doanket.indicators;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import vn.doanket.platform.Messages;

/**
 * What an accepted batch or upload did; {@code warnings} (Vietnamese) are prefixed with the row they
 * concern, and {@code english} says the same to an English reader's page (the API leaves it out).
 */
public record ImportSummary(
        int created, int updated, int removed, int unchanged, List<String> warnings, @JsonIgnore List<String> english) {
    public ImportSummary {
        warnings = List.copyOf(warnings);
        english = english == null ? warnings : List.copyOf(english);
    }

    public ImportSummary(int created, int updated, int removed, int unchanged, List<String> warnings) {
        this(created, updated, removed, unchanged, warnings, null);
    }

    static ImportSummary of(int created, int updated, int removed, int unchanged, List<Warning> warnings) {
        return new ImportSummary(
                created,
                updated,
                removed,
                unchanged,
                warnings.stream().map(Warning::message).toList(),
                warnings.stream().map(Warning::english).toList());
    }

    /** The warnings in the reader's language. */
    public List<String> warnings(Locale locale) {
        return Messages.isEnglish(locale) ? english : warnings;
    }

    public int total() {
        return created + updated + removed + unchanged;
    }
}
