package vn.doanket.indicators;

/** How a number was written: by a person in Vietnamese (“72.925.000”, “9,1 tỷ”) or by a machine (“9.1”). */
public enum NumberNotation {
    VIETNAMESE,
    PLAIN
}
