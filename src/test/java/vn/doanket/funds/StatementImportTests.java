package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Role;

@IntegrationTest
class StatementImportTests {

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
        province = units.get("48");
        FundsFixtures.signIn("fund-officer", province, Role.OFFICER);
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void importsTheAgribankSampleWithItsPublishedTotalsAndAnUnbrokenBalanceChain() {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ cứu trợ Yagi (thử)", "agribank");

        ImportReport report =
                imports.importStatement(fund.id(), "agribank", "agribank.csv", FundsFixtures.sample("agribank"));

        assertThat(report.lines()).isEqualTo(10_000);
        assertThat(report.imported()).isEqualTo(10_000);
        assertThat(report.duplicates()).isZero();
        assertThat(report.credits()).isEqualTo(5_239_216_855L);
        assertThat(report.debits()).isZero();
        assertThat(report.openingBalance()).isEqualTo(24_700L);
        assertThat(report.closingBalance()).isEqualTo(5_239_241_555L);
        assertThat(report.chainBreaks()).isEmpty();
        assertThat(ledger.fund(fund.id()).balance()).isEqualTo(5_239_216_855L);
        assertThat(ledger.balanceOn(fund.id(), LocalDate.of(2024, 9, 12)).balance())
                .isEqualTo(5_239_216_855L);
        assertThat(ledger.balanceOn(fund.id(), LocalDate.of(2024, 9, 8)).balance())
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where entity = 'funds_statement_import' and entity_id = :id")
                        .param("id", Long.toString(report.importId()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void reimportingTheSameOrAnOverlappingFileAddsNothing() {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ VietinBank (thử)", "vietinbank");
        byte[] full = FundsFixtures.sample("vietinbank");
        String text = new String(full, StandardCharsets.UTF_8);
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\n\\d+,11/09/2024").matcher(text);
        assertThat(m.find()).isTrue();
        int cut = m.start();
        byte[] firstPart = text.substring(0, cut + 1).getBytes(StandardCharsets.UTF_8);

        ImportReport part = imports.importStatement(fund.id(), "vietinbank", "part.csv", firstPart);
        ImportReport all = imports.importStatement(fund.id(), "vietinbank", "full.csv", full);
        ImportReport again = imports.importStatement(fund.id(), "vietinbank", "full.csv", full);

        assertThat(part.imported()).isPositive().isLessThan(10_000);
        assertThat(all.lines()).isEqualTo(10_000);
        assertThat(all.imported()).isEqualTo(10_000 - part.imported());
        assertThat(all.duplicates()).isEqualTo(part.imported());
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(10_000);
        assertThat(all.openingBalance()).isNull();
        assertThat(ledger.fund(fund.id()).balance()).isEqualTo(all.credits());
        String multiLine = jdbc.sql(
                        "select details from funds_statement_line where fund_id = :f and details like 'CT nhanh 247 den: TRAN TIEN ANH%'")
                .param("f", fund.id())
                .query(String.class)
                .single();
        assertThat(multiLine).isEqualTo("CT nhanh 247 den: TRAN TIEN ANH chuyen\ntien ung ho nguoi dan vung bao lu");
    }

    @Test
    void reportsEveryBreakInTheRunningBalance() {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ đứt chuỗi", "agribank");
        String csv =
                """
                PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount
                1,09/09/2024,,,1,NGUYEN VAN A ung ho,,"500,000","524,700",
                1,10/09/2024,,,2,TRAN THI B ung ho,,"50,000","574,700",
                1,10/09/2024,,,3,LE VAN C ung ho,,"100,000","700,000",
                1,10/09/2024,,,4,PHAM D ung ho,,"100,000","800,000",
                1,10/09/2024,,,5,phi dich vu,"10,000",,"700,000",
                """;
        ImportReport report =
                imports.importStatement(fund.id(), "agribank", "x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.chainBreaks())
                .extracting(ChainBreak::row, ChainBreak::expectedBalance, ChainBreak::printedBalance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, 674_700L, 700_000L),
                        org.assertj.core.groups.Tuple.tuple(6, 790_000L, 700_000L));
        assertThat(report.debits()).isEqualTo(10_000);
        assertThat(ledger.fund(fund.id()).balance()).isEqualTo(750_000 - 10_000);
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndNothingIsImported() {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ tệp lỗi", "agribank");
        String header =
                "PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount\n";
        String good = "1,09/09/2024,,,1,NGUYEN VAN A ung ho,,\"500,000\",\"524,700\",\n";
        String bad = "1,09/09/2024,,,2,TRAN B ung ho,,\"5OO,000\",\"1,024,700\",\n";

        assertRefused(fund, "agribank", new byte[0], "rỗng");
        assertRefused(fund, "sacombank", good.getBytes(StandardCharsets.UTF_8), "Chưa hỗ trợ");
        assertRefused(fund, "agribank", (header + good + bad).getBytes(StandardCharsets.UTF_8), "Dòng 3");
        assertRefused(fund, "agribank", "Ngày,Số tiền\n09/09/2024,5\n".getBytes(StandardCharsets.UTF_8), "thiếu cột");
        assertRefused(fund, "agribank", FundsFixtures.sample("vietinbank"), "Balance");
        byte[] latin1 = (header + "1,09/09/2024,,,3,NGUYỄN VĂN A,,\"5,000\",\"29,700\",\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        latin1[latin1.length - 30] = (byte) 0xC3;
        latin1[latin1.length - 29] = (byte) 0x28;
        assertRefused(fund, "agribank", latin1, "UTF-8");
        byte[] huge = new byte[(int) StatementImports.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        assertRefused(fund, "agribank", huge, "quá lớn");

        assertThat(jdbc.sql("select count(*) from funds_statement_line where fund_id = :f")
                        .param("f", fund.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(ledger.fund(fund.id()).balance()).isZero();
    }

    private void assertRefused(FundView fund, String bank, byte[] content, String message) {
        assertThatThrownBy(() -> imports.importStatement(fund.id(), bank, "f.csv", content))
                .isInstanceOf(FundsException.class)
                .hasMessageContaining(message);
    }
}
