package vn.doanket.funds;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.IntegrationTest;
import vn.doanket.browser.Browser;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Role;

/**
 * Anyone, on a phone and without login, types a name without diacritics into the public search,
 * sees the lines of NGUYỄN THỊ ANH with account numbers masked, and downloads them as CSV.
 */
@IntegrationTest
class PublicSearchBrowserTests {

    /** A small Agribank statement of our own, with diacritics, account numbers and a line that must not match. */
    static final String STATEMENT = "Date,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance\n"
            + "10/09/2024,9100001,NGUYỄN THỊ ANH chuyển tiền ủng hộ đồng bào bị bão lũ,,\"500,000\",\"500,000\"\n"
            + "10/09/2024,9100002,MBVCB.6987707712.ung ho.CT tu 0491000183195 NGUYEN THI ANH toi 1500201113838"
            + " MTTQ tai AGRIBANK,,\"200,000\",\"700,000\"\n"
            + "11/09/2024,9100003,TRẦN VĂN BÌNH ủng hộ đồng bào,,\"100,000\",\"800,000\"\n";

    @LocalServerPort
    int port;

    @Autowired
    FundLedger ledger;

    @Autowired
    StatementImports imports;

    @Autowired
    OrgUnits units;

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void anyoneFindsALineByNameWithoutDiacriticsSeesAccountsMaskedAndDownloadsCsv() throws Exception {
        Unit province = units.get("56");
        FundsFixtures.signIn("trinh-duyet-56", province, Role.OFFICER);
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ cứu trợ Khánh Hòa", "agribank");
        imports.importStatement(fund.id(), "agribank", "kh.csv", STATEMENT.getBytes(StandardCharsets.UTF_8));
        FundsFixtures.signOut();

        try (Playwright playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setLocale("vi-VN")
                        .setAcceptDownloads(true))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/public/funds/" + fund.id());
            assertThat(page.locator("h1")).hasText("Quỹ cứu trợ Khánh Hòa");
            Locator rows = page.locator("[data-testid=transactions] tbody tr");
            assertThat(rows).hasCount(3);

            page.getByLabel("Tìm kiếm").pressSequentially("nguyen thi anh");
            assertThat(rows).hasCount(2);
            assertThat(page.locator("[data-testid=transactions]")).containsText("NGUYỄN THỊ ANH chuyển tiền ủng hộ");
            assertThat(page.locator("[data-testid=transactions]")).containsText("**********195");
            assertThat(page.locator("[data-testid=transactions]")).not().containsText("0491000183195");
            assertThat(page.locator("[data-testid=transactions]")).not().containsText("TRẦN VĂN BÌNH");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=nguyen(%20|\\+)thi(%20|\\+)anh.*"));
            Files.createDirectories(Path.of("target/screenshots"));
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/public-search.png"))
                    .setFullPage(true));

            Download download =
                    page.waitForDownload(() -> page.getByTestId("csv").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(download.suggestedFilename()).isEqualTo("sao-ke-quy-" + fund.id() + ".csv");
            assertThat(csv.lines().count()).isEqualTo(3);
            assertThat(csv)
                    .contains("NGUYỄN THỊ ANH chuyển tiền ủng hộ")
                    .contains("**********195")
                    .doesNotContain("0491000183195")
                    .doesNotContain("TRẦN VĂN BÌNH");
        }
    }
}
