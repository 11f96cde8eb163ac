package vn.doanket.organization;

/**
 * Positions a person can hold in a unit, declared in rank order: a unit's leadership is listed
 * top to bottom in this order.
 */
public enum PositionTitle {
    CHU_TICH("Chủ tịch"),
    PHO_CHU_TICH_THUONG_TRUC("Phó Chủ tịch Thường trực"),
    PHO_CHU_TICH("Phó Chủ tịch"),
    UY_VIEN_BAN_THUONG_TRUC("Ủy viên Ban Thường trực"),
    UY_VIEN("Ủy viên"),
    TRUONG_BAN_CTMT("Trưởng ban Công tác Mặt trận"),
    PHO_TRUONG_BAN_CTMT("Phó Trưởng ban Công tác Mặt trận");

    private final String label;

    PositionTitle(String label) {
        this.label = label;
    }

    /** The Vietnamese title as written in reports. */
    public String label() {
        return label;
    }

    /** 1 for the highest position. */
    public int rank() {
        return ordinal() + 1;
    }

    /** Positions only one person may hold in a unit at a time. */
    public boolean isSingleHolder() {
        return this == CHU_TICH;
    }
}
