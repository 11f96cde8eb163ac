package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.OrgUnits;
import vn.doanket.platform.access.Role;

/**
 * The public search answers every mix of words, amount, day and reference from one index, and the
 * reconciliation reads the per-day summary the import keeps, which a repeated import leaves alone.
 */
@IntegrationTest
class StatementSearchTests {

    static final String HEADER =
            "PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount\n";

    static final String FIRST_DAYS = HEADER
            + "1,09/09/2024,,,7001,NGUYỄN THỊ ANH ung ho dong bao,,\"500,000\",\"500,000\",\n"
            + "1,09/09/2024,,,7002,TRAN VAN HAU ung ho,,\"500,000\",\"1,000,000\",\n"
            + "1,10/09/2024,,,7003,NGUYEN THI ANH ung ho lan hai,,\"200,000\",\"1,200,000\",\n"
            + "1,10/09/2024,,,7004,LE VAN HAU ung ho,,\"1,234,567\",\"2,434,567\",\n"
            + "1,10/09/2024,,,7005,phi dich vu,\"4,567\",,\"2,430,000\",\n";

    static final String NEXT_DAY = "1,11/09/2024,,,7006,PHAM THI ANH ung ho,,\"70,000\",\"2,500,000\",\n";

    @Autowired
    StatementImports imports;

    @Autowired
    PublicLedger portal;

    @Autowired
    FundLedger ledger;

    @Autowired
    OrgUnits units;

    @BeforeEach
    void signIn() {
        FundsFixtures.signIn("search-officer", units.get("48"), Role.OFFICER);
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void wordsAmountsDaysAndReferencesCombineInOneSearch() {
        FundView fund = FundsFixtures.openFundWithBank(ledger, "48", "Quỹ tìm kiếm kết hợp", "agribank");
        imports.importStatement(fund.id(), "agribank", "a.csv", FIRST_DAYS.getBytes(StandardCharsets.UTF_8));

        assertThat(refs(fund, "nguyen thi anh")).containsExactly("7001", "7003");
        assertThat(refs(fund, "NGUYỄN thị Anh 500.000")).containsExactly("7001");
        assertThat(refs(fund, "hau 500.000đ")).containsExactly("7002");
        assertThat(refs(fund, "anh 10/09/2024")).containsExactly("7003");
        assertThat(refs(fund, "10/09/2024")).containsExactly("7003", "7004", "7005");
        assertThat(refs(fund, "1.234.567")).containsExactly("7004");
        assertThat(refs(fund, "1234567")).as("an amount without separators").containsExactly("7004");
        assertThat(refs(fund, "7004")).as("a reference").containsExactly("7004");
        assertThat(refs(fund, "hau 7004")).containsExactly("7004");
        assertThat(refs(fund, "anh 1.234.567")).isEmpty();
        assertThat(refs(fund, "")).hasSize(5);

        TransactionPage filtered = portal.search(
                fund.id(), new TransactionQuery("hau", LocalDate.of(2024, 9, 10), null, 1_000_000L, null, 0));
        assertThat(filtered.items()).extracting(PublicTransaction::reference).containsExactly("7004");
    }

    @Test
    void reconciliationReadsTheDailySummaryThatRepeatedImportsLeaveAlone() {
        FundView fund = FundsFixtures.openFundWithBank(ledger, "48", "Quỹ đối chiếu theo ngày", "agribank");
        imports.importStatement(fund.id(), "agribank", "a.csv", FIRST_DAYS.getBytes(StandardCharsets.UTF_8));
        List<ReconciliationRow> first = imports.reconcile(fund.id());

        ImportReport overlap = imports.importStatement(
                fund.id(), "agribank", "b.csv", (FIRST_DAYS + NEXT_DAY).getBytes(StandardCharsets.UTF_8));
        assertThat(overlap.imported()).isEqualTo(1);
        assertThat(overlap.duplicates()).isEqualTo(5);

        List<ReconciliationRow> rows = imports.reconcile(fund.id());
        assertThat(rows.subList(0, 2)).isEqualTo(first);
        assertThat(rows)
                .extracting(
                        ReconciliationRow::day,
                        ReconciliationRow::lines,
                        ReconciliationRow::credits,
                        ReconciliationRow::debits,
                        ReconciliationRow::statementBalance,
                        ReconciliationRow::ledgerBalance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2024, 9, 9), 2, 1_000_000L, 0L, 1_000_000L, 1_000_000L),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2024, 9, 10), 3, 1_434_567L, 4_567L, 2_430_000L, 2_430_000L),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2024, 9, 11), 1, 70_000L, 0L, 2_500_000L, 2_500_000L));
        assertThat(rows).allMatch(r -> r.difference() == 0);
    }

    private List<String> refs(FundView fund, String q) {
        return portal.search(fund.id(), new TransactionQuery(q, null, null, null, null, 0)).items().stream()
                .map(PublicTransaction::reference)
                .toList();
    }
}
