package vn.doanket.organization;

/** The kinds of unit in the Front's hierarchy, top to bottom. */
public enum UnitKind {
    CENTRAL,
    PROVINCE,
    /** Huyện, quận, thị xã: abolished on 1 July 2025; only in history. */
    DISTRICT,
    COMMUNE,
    RESIDENTIAL_AREA,
    MEMBER_ORG;

    /** Committees have their own Front committee and member organisations. */
    public boolean isCommittee() {
        return this == CENTRAL || this == PROVINCE || this == DISTRICT || this == COMMUNE;
    }
}
