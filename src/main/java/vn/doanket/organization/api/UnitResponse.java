package vn.doanket.organization.api;

import java.time.LocalDate;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;

/** A unit in the JSON API; {@code path} is the chain of codes from the root, e.g. "/VN/01/00004". */
record UnitResponse(
        String code,
        String name,
        String fullName,
        UnitKind kind,
        String unitType,
        String parentCode,
        String path,
        int level,
        LocalDate validFrom,
        LocalDate validTo) {

    static UnitResponse of(Unit u) {
        return new UnitResponse(
                u.code(),
                u.name(),
                u.fullName(),
                u.kind(),
                u.unitType(),
                u.parentCode(),
                u.path(),
                u.level(),
                u.validFrom(),
                u.validTo());
    }
}
