package vn.doanket.indicators;

import java.util.List;

/** What an accepted batch or upload did; {@code warnings} are prefixed with the row they concern. */
public record ImportSummary(int created, int updated, int removed, int unchanged, List<String> warnings) {
    public ImportSummary {
        warnings = List.copyOf(warnings);
    }

    public int total() {
        return created + updated + removed + unchanged;
    }
}
