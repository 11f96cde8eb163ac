package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Role;

/**
 * Property-style checks of the ledger: many random movements (receipts, allocations, transfers,
 * payments, reversals, some refused) and after each one the invariants must hold.
 */
@IntegrationTest
class LedgerInvariantTests {

    @Autowired
    FundLedger ledger;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    Unit province;
    Unit commune;

    @BeforeEach
    void signIn() {
        province = units.get("01");
        commune = FundsFixtures.firstCommuneOf(units, province);
        FundsFixtures.signIn("ledger-officer", province, Role.OFFICER, Role.LEADER);
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void randomMovementsKeepEveryGroupBalancedAndBalancesEqualToTheirEntries() {
        FundView top = FundsFixtures.openFund(ledger, province.code(), "Quỹ kiểm thử tỉnh");
        FundView low = FundsFixtures.openFund(ledger, commune.code(), "Quỹ kiểm thử xã");
        List<FundView> funds = List.of(top, low);
        Map<Long, List<AccountView>> assets = new HashMap<>();
        for (FundView f : funds) {
            assets.put(
                    f.id(),
                    ledger.accounts(f.id()).stream()
                            .filter(a -> a.kind().isAsset())
                            .toList());
        }
        Random random = new Random(20240910L);
        Map<Long, Long> expected = new HashMap<>(Map.of(top.id(), 0L, low.id(), 0L));
        List<MovementView> posted = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 9, 1);
        for (int step = 0; step < 150; step++) {
            FundView f = funds.get(random.nextInt(2));
            List<AccountView> acc = assets.get(f.id());
            long amount = 1_000L * (1 + random.nextInt(5_000));
            LocalDate on = start.plusDays(random.nextInt(30));
            int op = random.nextInt(10);
            try {
                MovementView m;
                if (op < 4) {
                    m = ledger.receive(new Commands.ReceiveDonation(
                            f.id(), acc.get(random.nextInt(acc.size())).id(), amount, on, "Ủng hộ " + step));
                } else if (op < 6) {
                    m = ledger.allocate(new Commands.Allocate(
                            top.id(),
                            assets.get(top.id()).get(0).id(),
                            low.id(),
                            assets.get(low.id()).get(1).id(),
                            amount,
                            on,
                            "Phân bổ " + step));
                } else if (op < 7) {
                    m = ledger.transfer(new Commands.Transfer(
                            f.id(), acc.get(0).id(), acc.get(1).id(), amount, on, "Nộp " + step));
                } else if (op < 9 || posted.isEmpty()) {
                    MovementView wrong = ledger.receive(
                            new Commands.ReceiveDonation(f.id(), acc.get(1).id(), amount, on, "Thu " + step));
                    expected.merge(f.id(), wrong.effectOn(f.id()), Long::sum);
                    m = ledger.reverse(wrong.id(), "nhập nhầm");
                } else {
                    MovementView victim = posted.get(random.nextInt(posted.size()));
                    m = ledger.reverse(victim.id(), "sửa sai " + step);
                }
                posted.add(m);
                for (FundView g : funds) {
                    expected.merge(g.id(), m.effectOn(g.id()), Long::sum);
                }
            } catch (FundsException refused) {
                assertThat(refused.code()).isIn("funds.insufficient", "funds.already-reversed", "funds.invalid");
            }
            assertInvariants(funds, expected);
        }
        assertThat(posted).hasSizeGreaterThan(60);
        for (FundView f : funds) {
            for (int d = 0; d < 31; d++) {
                LocalDate day = start.plusDays(d);
                long fromEntries = jdbc.sql(
                                "select coalesce(sum(amount), 0) from funds_entry where fund_id = :f and asset and booked_on <= :d")
                        .param("f", f.id())
                        .param("d", day)
                        .query(Long.class)
                        .single();
                assertThat(ledger.balanceOn(f.id(), day).balance()).isEqualTo(fromEntries);
            }
        }
    }

    @Test
    void reversalRestoresThePreviousBalances() {
        FundView fund = FundsFixtures.openFund(ledger, province.code(), "Quỹ đảo bút toán");
        AccountView cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH);
        ledger.receive(
                new Commands.ReceiveDonation(fund.id(), cash.id(), 5_000_000, LocalDate.of(2024, 9, 10), "Ủng hộ"));
        Map<Long, Long> before = accountBalances(fund.id());
        MovementView wrong = ledger.receive(
                new Commands.ReceiveDonation(fund.id(), cash.id(), 700_000, LocalDate.of(2024, 9, 11), "Ghi nhầm"));
        MovementView reversal = ledger.reverse(wrong.id(), "ghi nhầm số tiền");

        assertThat(accountBalances(fund.id())).isEqualTo(before);
        assertThat(reversal.reversesId()).isEqualTo(wrong.id());
        assertThat(ledger.movements(fund.id(), 10, 0))
                .filteredOn(m -> m.id() == wrong.id())
                .singleElement()
                .extracting(MovementView::reversedById)
                .isEqualTo(reversal.id());
        assertThatThrownBy(() -> ledger.reverse(wrong.id(), "lần hai"))
                .isInstanceOf(FundsException.class)
                .hasMessageContaining("đã được đảo");
    }

    @Test
    void allocationToACommuneIsOneMovementSeenFromBothFunds() {
        FundView top = FundsFixtures.openFund(ledger, province.code(), "Quỹ phân bổ tỉnh");
        FundView low = FundsFixtures.openFund(ledger, commune.code(), "Quỹ phân bổ xã");
        AccountView topCash = FundsFixtures.account(ledger, top.id(), AccountKind.CASH);
        AccountView lowCash = FundsFixtures.account(ledger, low.id(), AccountKind.CASH);
        ledger.receive(new Commands.ReceiveDonation(top.id(), topCash.id(), 10_000_000, LocalDate.now(), "Ủng hộ"));

        MovementView m = ledger.allocate(new Commands.Allocate(
                top.id(), topCash.id(), low.id(), lowCash.id(), 4_000_000, LocalDate.now(), "Phân bổ xây nhà"));

        assertThat(m.effectOn(top.id())).isEqualTo(-4_000_000);
        assertThat(m.effectOn(low.id())).isEqualTo(4_000_000);
        assertThat(ledger.movements(low.id(), 10, 0))
                .extracting(MovementView::id)
                .contains(m.id());
        assertThat(ledger.fund(top.id()).balance()).isEqualTo(6_000_000);
        assertThat(ledger.fund(low.id()).balance()).isEqualTo(4_000_000);
    }

    @Test
    void rejectsAllocationUpwardsOrBeyondTheBalance() {
        FundView top = FundsFixtures.openFund(ledger, province.code(), "Quỹ tỉnh");
        FundView low = FundsFixtures.openFund(ledger, commune.code(), "Quỹ xã");
        AccountView topCash = FundsFixtures.account(ledger, top.id(), AccountKind.CASH);
        AccountView lowCash = FundsFixtures.account(ledger, low.id(), AccountKind.CASH);
        ledger.receive(new Commands.ReceiveDonation(low.id(), lowCash.id(), 1_000_000, LocalDate.now(), "Ủng hộ"));
        assertThatThrownBy(() -> ledger.allocate(new Commands.Allocate(
                        low.id(), lowCash.id(), top.id(), topCash.id(), 1_000, LocalDate.now(), "ngược")))
                .isInstanceOf(FundsException.class);
        assertThatThrownBy(() -> ledger.allocate(new Commands.Allocate(
                        top.id(), topCash.id(), low.id(), lowCash.id(), 1_000, LocalDate.now(), "quá số dư")))
                .isInstanceOf(FundsException.class)
                .extracting(e -> ((FundsException) e).code())
                .isEqualTo("funds.insufficient");
    }

    @Test
    void databaseRefusesEditsDeletesAndUnbalancedGroups() {
        FundView fund = FundsFixtures.openFund(ledger, province.code(), "Quỹ chỉ ghi thêm");
        AccountView cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH);
        MovementView m =
                ledger.receive(new Commands.ReceiveDonation(fund.id(), cash.id(), 100_000, LocalDate.now(), "x"));
        assertThatThrownBy(() -> jdbc.sql("update funds_entry set amount = 1 where movement_id = :m")
                        .param("m", m.id())
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from funds_movement where id = :m")
                        .param("m", m.id())
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into funds_entry (movement_id, account_id, fund_id, asset, booked_on, amount)"
                                        + " values (:m, :a, :f, true, current_date, 5)")
                        .param("m", m.id())
                        .param("a", cash.id())
                        .param("f", fund.id())
                        .update())
                .hasMessageContaining("does not balance");
    }

    private void assertInvariants(List<FundView> funds, Map<Long, Long> expected) {
        assertThat(jdbc.sql(
                                "select count(*) from (select movement_id from funds_entry group by movement_id having sum(amount) <> 0) x")
                        .query(Long.class)
                        .single())
                .as("every movement balances")
                .isZero();
        for (FundView f : funds) {
            long fromEntries = jdbc.sql("select coalesce(sum(amount), 0) from funds_entry where fund_id = :f and asset")
                    .param("f", f.id())
                    .query(Long.class)
                    .single();
            long stored = ledger.fund(f.id()).balance();
            assertThat(stored).as("fund balance equals its entries").isEqualTo(fromEntries);
            assertThat(stored).as("fund balance as modelled").isEqualTo(expected.get(f.id()));
            assertThat(stored).isNotNegative();
            Map<Long, Long> perAccount = accountBalances(f.id());
            perAccount.forEach((account, balance) -> assertThat(balance)
                    .as("account balance equals its entries")
                    .isEqualTo(jdbc.sql("select coalesce(sum(amount), 0) from funds_entry where account_id = :a")
                            .param("a", account)
                            .query(Long.class)
                            .single()));
        }
    }

    private Map<Long, Long> accountBalances(long fundId) {
        Map<Long, Long> m = new HashMap<>();
        ledger.accounts(fundId).forEach(a -> m.put(a.id(), a.balance()));
        return m;
    }
}
