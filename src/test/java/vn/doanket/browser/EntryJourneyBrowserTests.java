package vn.doanket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;

/**
 * A commune officer types a figure into the quarterly form on a phone; the province's page then
 * shows a total larger by exactly that figure.
 */
@IntegrationTest
class EntryJourneyBrowserTests {

    private static final String TOTAL = "#T-BLOOD_REGISTERED .dk-total";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataEntry entry;

    @Test
    void communeOfficerEntersAValueAndTheProvinceTotalChanges() {
        accounts.ensure();
        try (Playwright playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext province = Browser.phone(browser);
                BrowserContext commune = Browser.phone(browser)) {
            Page leader = province.newPage();
            login(leader, "tinh-01");
            leader.navigate(url("/data/01?form=BC_QUY_XA"));
            assertThat(leader.locator(TOTAL)).isVisible();
            BigDecimal before = number(leader.locator(TOTAL).textContent());

            Page officer = commune.newPage();
            officer.onConsoleMessage(m -> System.out.println("browser console: " + m.type() + " " + m.text()));
            login(officer, "xa-00004");
            officer.navigate(url("/data/00004?form=BC_QUY_XA"));
            assertThat(officer.locator("h1")).hasText("Phường Ba Đình");
            var field = officer.locator("#V-00004-BLOOD_REGISTERED-DEFAULT");
            String typed = field.inputValue();
            BigDecimal old = typed.isBlank() ? BigDecimal.ZERO : number(typed);
            BigDecimal added = new BigDecimal("37");
            field.fill(old.add(added).toPlainString());
            assertThat(officer.locator("#S-00004-BLOOD_REGISTERED-DEFAULT")).containsText("Đã lưu lúc");
            officer.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/entry-form.png"))
                    .setFullPage(false));

            // a refused value stays in the field with the reason next to it
            var other = officer.locator("#V-00004-ENLISTMENT-DEFAULT");
            other.fill("mười hai");
            assertThat(officer.locator("#S-00004-ENLISTMENT-DEFAULT")).containsText("không phải là số");
            assertThat(other).hasValue("mười hai");

            // someone else saves a field the officer has open; the officer is told and chooses
            officer.reload();
            var voters = officer.locator("#V-00004-VOTER_MEETINGS-DEFAULT");
            int version = Integer.parseInt(
                    officer.locator("#N-00004-VOTER_MEETINGS-DEFAULT").inputValue());
            entry.save(DataValueInput.typed("VOTER_MEETINGS", "00004", period(officer), null, "5", version));
            voters.fill("8");
            var status = officer.locator("#S-00004-VOTER_MEETINGS-DEFAULT");
            assertThat(status).containsText("sửa thành 5");
            assertThat(status).containsText("bạn nhập 8");
            assertThat(voters).hasValue("8");
            officer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/entry-conflict.png")));
            status.getByText("Giữ giá trị của tôi").click();
            assertThat(status).containsText("Đã lưu lúc");
            assertThat(voters).hasValue("8");
            org.assertj.core.api.Assertions.assertThat(entry.find("VOTER_MEETINGS", "00004", period(officer), null)
                            .orElseThrow()
                            .number())
                    .isEqualByComparingTo("8");

            leader.reload();
            assertThat(leader.locator(TOTAL)).hasText(format(before.add(added)));
            leader.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/province-total.png")));
        }
    }

    private void login(Page page, String user) {
        Browser.signIn(page, url(""), user);
    }

    /** The period the form shows, from its picker. */
    private static String period(Page page) {
        return page.locator("#pick-period").inputValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** "1.250" → 1250; "—" (nothing entered yet) → 0. */
    private static BigDecimal number(String shown) {
        String digits = shown.strip().replace(".", "").replace(",", ".");
        return digits.isEmpty() || digits.equals("—") ? BigDecimal.ZERO : new BigDecimal(digits);
    }

    private static String format(BigDecimal n) {
        return String.format(java.util.Locale.ROOT, "%,d", n.longValueExact()).replace(',', '.');
    }
}
