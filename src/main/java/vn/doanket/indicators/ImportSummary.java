package vn.doanket.indicators;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import vn.doanket.platform.Messages;

/**
 * What an accepted batch or upload did; {@code warnings} (Vietnamese) are prefixed with the row they
 * concern, and {@code notes} are the same warnings for a page to write in its reader's language (the API
 * leaves them out).
 */
public record ImportSummary(
        int created, int updated, int removed, int unchanged, List<String> warnings, @JsonIgnore List<Warning> notes) {
    public ImportSummary {
        warnings = List.copyOf(warnings);
        notes = notes == null ? null : List.copyOf(notes);
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
                warnings);
    }

    /** The warnings in the reader's language. */
    public List<String> warnings(Locale locale) {
        return notes == null || !Messages.isEnglish(locale)
                ? warnings
                : notes.stream().map(w -> w.message(locale)).toList();
    }

    public int total() {
        return created + updated + removed + unchanged;
    }
}
