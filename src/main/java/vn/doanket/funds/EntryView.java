package vn.doanket.funds;

/** One line of a movement: positive is a debit (money into an asset account), negative a credit. */
public record EntryView(long accountId, long fundId, AccountKind accountKind, String accountName, long amount) {}
