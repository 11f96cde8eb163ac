package vn.doanket.indicators;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.doanket.organization.UnitKind;

/**
 * An indicator as the catalogue editor sees it: the definition, the levels it is entered at even when
 * retired, its place in the catalogue, whether it has values (which freezes its type and rules) and
 * the forms that carry it.
 */
public record IndicatorDefinition(
        Indicator indicator,
        Set<UnitKind> levels,
        String numeratorCode,
        String denominatorCode,
        int sortOrder,
        int version,
        boolean hasValues,
        Instant retiredAt,
        String retiredBy,
        List<String> formCodes) {

    public IndicatorDefinition {
        levels = Set.copyOf(levels);
        formCodes = List.copyOf(formCodes);
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
