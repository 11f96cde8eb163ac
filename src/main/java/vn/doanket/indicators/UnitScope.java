package vn.doanket.indicators;

import vn.doanket.organization.Unit;

/**
 * The units the caller may enter figures for, usually the signed-in account's subtree. A value for a
 * unit outside it is refused like any other invalid value, naming the unit.
 */
@FunctionalInterface
public interface UnitScope {

    /** For jobs and imports run by the system itself. */
    UnitScope EVERYWHERE = unit -> true;

    boolean allows(Unit unit);
}
