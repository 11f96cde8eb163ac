package vn.doanket.funds;

import java.time.LocalDate;
import java.util.List;

/** The balance of a fund at the end of a day, in total and per asset account. */
public record FundBalance(long fundId, LocalDate date, long balance, List<AccountBalance> accounts) {

    public record AccountBalance(long accountId, AccountKind kind, String name, long balance) {}
}
