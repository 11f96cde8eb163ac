package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * An import cut off in the middle (its database session killed, as when the app dies) leaves
 * nothing behind: no lines, no ledger movement, no import record, no change of balance.
 */
@IntegrationTest
class ImportAtomicityTests {

    @Autowired
    StatementImports imports;

    @Autowired
    FundLedger ledger;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    Unit province;

    @BeforeEach
    void signIn() {
        province = units.get("04");
        FundsFixtures.signIn("crash-officer", province, Role.OFFICER);
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void anImportKilledHalfwayLeavesNothingHalfImported() throws Exception {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ bị ngắt giữa chừng", "agribank");
        byte[] file = agribankCredits(150_000, "10/09/2024", "NGUYEN VAN", "ung ho bao lu", 10_000);
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();

        CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(auth);
            return imports.importStatement(fund.id(), "agribank", "big.csv", file);
        });
        boolean killed = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!killed && !running.isDone() && System.nanoTime() < deadline) {
            killed = jdbc.sql(
                            """
                                    select coalesce(bool_or(pg_terminate_backend(pid)), false) from pg_stat_activity
                                    where pid <> pg_backend_pid() and query ilike 'copy funds_statement_line%'""")
                    .query(Boolean.class)
                    .single();
            Thread.sleep(5);
        }
        assertThat(killed).as("the import was caught in the middle of its COPY").isTrue();
        assertThat(running).failsWithin(60, TimeUnit.SECONDS);

        assertThat(count("select count(*) from funds_statement_line where fund_id = :f", fund.id()))
                .isZero();
        assertThat(count("select count(*) from funds_statement_import where fund_id = :f", fund.id()))
                .isZero();
        assertThat(count("select count(*) from funds_movement where fund_id = :f", fund.id()))
                .isZero();
        assertThat(ledger.fund(fund.id()).balance()).isZero();
    }

    /**
     * No unique index guards the lines (V51): the loader's lock on the fund must. Two people importing
     * the same statement at the same moment get it once, whichever commits first.
     */
    @Test
    void theSameStatementImportedTwiceAtOnceIsStoredOnce() throws Exception {
        FundView fund =
                FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ nhập hai lần cùng lúc", "agribank");
        byte[] file = agribankCredits(20_000, "11/09/2024", "TRAN THI", "ung ho dong bao", 5_000);
        long balance = 20_000L * 5_000;
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<CompletableFuture<ImportReport>> both = new java.util.ArrayList<>();
        for (int k = 0; k < 2; k++) {
            String name = "sao-ke-" + k + ".csv";
            both.add(CompletableFuture.supplyAsync(() -> {
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .setAuthentication(auth);
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return imports.importStatement(fund.id(), "agribank", name, file);
            }));
        }
        start.countDown();
        ImportReport a = both.get(0).get(120, TimeUnit.SECONDS);
        ImportReport b = both.get(1).get(120, TimeUnit.SECONDS);

        assertThat(a.imported() + b.imported()).isEqualTo(20_000);
        assertThat(a.duplicates() + b.duplicates()).isEqualTo(20_000);
        assertThat(count("select count(*) from funds_statement_line where fund_id = :f", fund.id()))
                .isEqualTo(20_000);
        assertThat(ledger.fund(fund.id()).balance()).isEqualTo(balance);
    }

    /** An Agribank statement of {@code n} credits of one amount on one day, its running balance unbroken. */
    private static byte[] agribankCredits(int n, String day, String name, String message, long amount) {
        StringBuilder csv = new StringBuilder(
                "PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount\n");
        long balance = 0;
        for (int i = 0; i < n; i++) {
            balance += amount;
            csv.append("1,")
                    .append(day)
                    .append(",,,")
                    .append(i)
                    .append(',')
                    .append(name)
                    .append(' ')
                    .append(i)
                    .append(' ')
                    .append(message)
                    .append(",,\"")
                    .append(String.format(java.util.Locale.ROOT, "%,d", amount))
                    .append("\",\"")
                    .append(String.format(java.util.Locale.ROOT, "%,d", balance))
                    .append("\",\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long count(String sql, long fundId) {
        return jdbc.sql(sql).param("f", fundId).query(Long.class).single();
    }
}
