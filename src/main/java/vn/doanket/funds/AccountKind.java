package vn.doanket.funds;

/** BANK and CASH hold a fund's money; INCOME and EXPENSE are the other side of receipts and payments. */
public enum AccountKind {
    BANK,
    CASH,
    INCOME,
    EXPENSE;

    public boolean isAsset() {
        return this == BANK || this == CASH;
    }
}
