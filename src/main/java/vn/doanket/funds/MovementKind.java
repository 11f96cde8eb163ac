package vn.doanket.funds;

/** Why money moved. */
public enum MovementKind {
    DONATION,
    /** Lines of an imported bank statement, posted per account, day and direction. */
    STATEMENT,
    FEE,
    ALLOCATION,
    DISBURSEMENT,
    TRANSFER,
    REVERSAL
}
