package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Role;

@IntegrationTest
class DisbursementTests {

    @Autowired
    FundLedger ledger;

    @Autowired
    Disbursements disbursements;

    @Autowired
    OrgUnits units;

    Unit province;

    @BeforeEach
    void signIn() {
        province = units.get("79");
        FundsFixtures.signIn("maker", province, Role.OFFICER);
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void paymentAboveThresholdWaitsForASecondPersonNeverItsMaker() {
        Funded funded = hundredMillionInCash("Quỹ chi có duyệt");
        FundView fund = funded.fund();
        AccountView cash = funded.cash();

        DisbursementView small = disbursements.request(new Commands.RequestDisbursement(
                fund.id(), cash.id(), 5_000_000, "Hộ ông Nguyễn Văn A", "Hỗ trợ Tết", null));
        assertThat(small.status()).isEqualTo(DisbursementView.Status.PAID);

        DisbursementView big = disbursements.request(new Commands.RequestDisbursement(
                fund.id(), cash.id(), 60_000_000, "Hộ bà Trần Thị B", "Xây nhà Đại đoàn kết", null));
        assertThat(big.status()).isEqualTo(DisbursementView.Status.PENDING);
        assertThat(ledger.fund(fund.id()).balance()).isEqualTo(95_000_000);

        assertThatThrownBy(() -> disbursements.approve(big.id()))
                .isInstanceOf(FundsException.class)
                .extracting(e -> ((FundsException) e).code())
                .isEqualTo("funds.four-eyes");

        FundsFixtures.signIn("approver", province, Role.LEADER);
        DisbursementView paid = disbursements.approve(big.id());
        assertThat(paid.status()).isEqualTo(DisbursementView.Status.PAID);
        assertThat(paid.approver()).isEqualTo("approver");
        assertThat(ledger.fund(fund.id()).balance()).isEqualTo(35_000_000);
    }

    @Test
    void anAccountThatMayNotApproveIsToldWhoMayInItsLanguage() {
        Funded funded = hundredMillionInCash("Quỹ chờ duyệt");
        FundView fund = funded.fund();
        AccountView cash = funded.cash();
        DisbursementView big = disbursements.request(new Commands.RequestDisbursement(
                fund.id(), cash.id(), 60_000_000, "Hộ bà Lê Thị C", "Xây nhà Đại đoàn kết", null));

        FundsFixtures.signIn("nhap-lieu", province, Role.DATA_ENTRY);
        assertThatThrownBy(() -> disbursements.approve(big.id()))
                .isInstanceOfSatisfying(vn.doanket.platform.access.Forbidden.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("Tài khoản nhap-lieu không có quyền duyệt chi; người duyệt cần vai trò Quản trị,"
                                    + " Lãnh đạo hoặc Cán bộ.");
                    assertThat(e.message(java.util.Locale.ENGLISH))
                            .isEqualTo("Account nhap-lieu may not approve payments; the approver needs the"
                                    + " Administrator, Leader or Officer role.");
                });
        assertThat(disbursements.ofFund(fund.id()))
                .singleElement()
                .extracting(DisbursementView::status)
                .isEqualTo(DisbursementView.Status.PENDING);
        assertThat(ledger.fund(fund.id()).balance()).isEqualTo(100_000_000);
    }

    record Funded(FundView fund, AccountView cash) {}

    /** A new fund of the province whose cash account received 100,000,000 đồng. */
    private Funded hundredMillionInCash(String name) {
        FundView fund = FundsFixtures.openFund(ledger, province.code(), name);
        AccountView cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH);
        ledger.receive(new Commands.ReceiveDonation(fund.id(), cash.id(), 100_000_000, LocalDate.now(), "Ủng hộ"));
        return new Funded(fund, cash);
    }

    @Test
    void rejectsDisbursementBeyondFundBalance() {
        FundView fund = FundsFixtures.openFund(ledger, province.code(), "Quỹ nhỏ");
        AccountView cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH);
        ledger.receive(new Commands.ReceiveDonation(fund.id(), cash.id(), 1_000_000, LocalDate.now(), "Ủng hộ"));
        assertThatThrownBy(() -> disbursements.request(
                        new Commands.RequestDisbursement(fund.id(), cash.id(), 1_000_001, "Hộ C", "Hỗ trợ", null)))
                .isInstanceOf(FundsException.class)
                .hasMessageContaining("không đủ");
        assertThat(ledger.fund(fund.id()).balance()).isEqualTo(1_000_000);
        assertThat(disbursements.ofFund(fund.id())).isEmpty();
    }

    @Test
    void manyConcurrentPaymentsNeverTakeTheFundBelowZero() throws Exception {
        FundView fund = FundsFixtures.openFund(ledger, province.code(), "Quỹ tranh chấp");
        AccountView cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH);
        ledger.receive(new Commands.ReceiveDonation(fund.id(), cash.id(), 1_000_000, LocalDate.now(), "Ủng hộ"));
        int threads = 16;
        int each = 10;
        long amount = 7_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                FundsFixtures.signIn("payer", province, Role.OFFICER);
                start.await();
                int paid = 0;
                for (int i = 0; i < each; i++) {
                    try {
                        disbursements.request(new Commands.RequestDisbursement(
                                fund.id(), cash.id(), amount, "Hộ nghèo", "Hỗ trợ khẩn cấp", null));
                        paid++;
                    } catch (FundsException e) {
                        assertThat(e.code()).isEqualTo("funds.insufficient");
                    }
                }
                FundsFixtures.signOut();
                return paid;
            }));
        }
        start.countDown();
        int paid = 0;
        for (Future<Integer> f : results) {
            paid += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long balance = ledger.fund(fund.id()).balance();
        assertThat(paid).isEqualTo((int) (1_000_000 / amount));
        assertThat(balance).isEqualTo(1_000_000 - paid * amount).isNotNegative();
        assertThat(ledger.balanceOn(fund.id(), LocalDate.now()).balance()).isEqualTo(balance);
    }
}
