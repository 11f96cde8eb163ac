package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.funds.statement.XlsxStatementsTests;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Role;

@IntegrationTest
class XlsxImportTests {

    @Autowired
    FundLedger ledger;

    @Autowired
    StatementImports imports;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    Unit province;

    @BeforeEach
    void setUp() {
        province = units.get("46");
        FundsFixtures.signIn("excel-quy-46", province, Role.OFFICER);
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void theSameStatementAsExcelAfterItsCsvAddsNothing() {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ nhập Excel", "agribank");
        byte[] csv = FundsFixtures.sample("agribank");
        byte[] xlsx = XlsxStatementsTests.asXlsx(csv, true, "Tổng cộng");

        ImportReport fromExcel = imports.importStatement(fund.id(), "agribank", "sao-ke.xlsx", xlsx);
        assertThat(fromExcel.lines()).isEqualTo(10_000);
        assertThat(fromExcel.imported()).isEqualTo(10_000);
        assertThat(fromExcel.credits()).isEqualTo(5_239_216_855L);
        assertThat(fromExcel.openingBalance()).isEqualTo(24_700);
        assertThat(fromExcel.closingBalance()).isEqualTo(5_239_241_555L);
        assertThat(fromExcel.chainBreaks()).isEmpty();

        ImportReport again = imports.importStatement(fund.id(), "agribank", "sao-ke.csv", csv);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(10_000);
    }

    @Test
    void aBadWorkbookImportsNothingAndSaysWhy() {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ Excel hỏng", "agribank");
        String csv = "Date,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance\n"
                + "09/09/2024,1375649,NGUYEN THI ANH ung ho,,\"500,000\",\"524,700\"\n"
                + "09/09/2024,1375650,LE VAN BA ung ho,,abc,\"1,024,700\"\n";
        byte[] xlsx = XlsxStatementsTests.asXlsx(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), false, null);

        assertThatThrownBy(() -> imports.importStatement(fund.id(), "agribank", "hong.xlsx", xlsx))
                .isInstanceOf(FundsException.class)
                .hasMessageContaining("Trang tính \"Sao kê\", dòng 6, ô E6: cột CreditAmount");
        assertThat(jdbc.sql("select count(*) from funds_statement_line where fund_id = :f")
                        .param("f", fund.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(ledger.fund(fund.id()).balance()).isZero();
    }
}
