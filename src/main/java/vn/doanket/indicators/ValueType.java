package vn.doanket.indicators;

/** What kind of value an indicator holds, which decides how typed input is checked and stored. */
public enum ValueType {
    /** A count: whole, not negative unless the indicator's minimum says otherwise. */
    INTEGER,
    DECIMAL,
    /** Đồng: whole, stored exactly in {@code numeric}. */
    MONEY,
    /** A percentage 0–100 entered as such (a computed share is a RATIO indicator instead). */
    SHARE,
    YES_NO,
    TEXT;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == MONEY || this == SHARE;
    }

    public boolean isWholeNumber() {
        return this == INTEGER || this == MONEY;
    }
}
