package vn.doanket.organization.internal;

/** One unit read from an administrative-units file, before it has an id. */
record AdminUnitRow(
        int line, String level, String code, String name, String fullName, String parentCode, String unitType) {}
