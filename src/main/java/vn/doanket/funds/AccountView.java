package vn.doanket.funds;

/** One account of a fund with its current balance (debit positive). */
public record AccountView(
        long id, long fundId, AccountKind kind, String name, String bank, String number, long balance) {}
