package vn.doanket.funds;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.AccountHolder;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;

/** Signs test threads in as officers of a unit and opens throw-away funds. */
final class FundsFixtures {

    private static final AtomicInteger BANK_NUMBERS = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private FundsFixtures() {}

    record Principal(CurrentAccount account)
            implements AccountHolder, org.springframework.security.core.AuthenticatedPrincipal {
        @Override
        public String getName() {
            return account.username();
        }
    }

    static void signIn(String username, Unit home, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.OFFICER) : EnumSet.of(roles[0], roles);
        CurrentAccount account = new CurrentAccount(
                Math.abs(username.hashCode()),
                username,
                username,
                home.id(),
                home.code(),
                home.name(),
                home.treePath(),
                set);
        var auth = new TestingAuthenticationToken(new Principal(account), null, "ROLE_OFFICER");
        auth.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    static FundView openFund(FundLedger ledger, String unitCode, String name) {
        return ledger.openFund(new Commands.OpenFund(
                unitCode, FundKind.OTHER, name, null, "testbank", "99" + BANK_NUMBERS.incrementAndGet()));
    }

    static FundView openFundWithBank(FundLedger ledger, String unitCode, String name, String bank) {
        return ledger.openFund(new Commands.OpenFund(
                unitCode, FundKind.OTHER, name, null, bank, "77" + BANK_NUMBERS.incrementAndGet()));
    }

    static byte[] sample(String bank) {
        String name = bank.equals("agribank")
                ? "agribank-1500201113838-20240901-20240912-part1.csv"
                : "vietinbank-111602391111-20240910-20240912-part1.csv";
        try (var in = FundsFixtures.class.getResourceAsStream("/reference/bank-statements/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static AccountView account(FundLedger ledger, long fundId, AccountKind kind) {
        return ledger.accounts(fundId).stream()
                .filter(a -> a.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    static Unit firstCommuneOf(OrgUnits units, Unit province) {
        return units.children(province, java.time.LocalDate.now()).stream()
                .filter(u -> u.kind() == vn.doanket.organization.UnitKind.COMMUNE)
                .findFirst()
                .orElseThrow();
    }
}
