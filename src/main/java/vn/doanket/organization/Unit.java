package vn.doanket.organization;

import java.time.LocalDate;

/**
 * A unit as other modules and the API see it. {@code treePath} is the materialised path of ids
 * ("/1/36/402/") used for subtree queries; {@code path} is the same path written with codes.
 */
public record Unit(
        long id,
        String code,
        String name,
        String fullName,
        UnitKind kind,
        String unitType,
        Long parentId,
        String parentCode,
        String path,
        String treePath,
        int level,
        LocalDate validFrom,
        LocalDate validTo) {

    public boolean inForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public boolean isHistoric() {
        return validTo != null;
    }

    /** True when {@code other} is this unit or lies below it in this unit's tree. */
    public boolean contains(Unit other) {
        return other.treePath().startsWith(treePath);
    }
}
