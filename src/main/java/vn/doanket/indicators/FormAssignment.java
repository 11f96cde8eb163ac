package vn.doanket.indicators;

import vn.doanket.organization.UnitKind;

/** A form is filled by the units of a kind below a root unit; {@code rootUnitId} null means the whole country. */
public record FormAssignment(long id, String formCode, UnitKind unitKind, Long rootUnitId) {}
