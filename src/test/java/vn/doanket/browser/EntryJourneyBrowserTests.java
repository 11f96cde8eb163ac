package vn.doanket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;

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

    @Test
    void communeOfficerEntersAValueAndTheProvinceTotalChanges() {
        accounts.ensure();
        try (Playwright playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext province = phone(browser);
                BrowserContext commune = phone(browser)) {
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

            leader.reload();
            assertThat(leader.locator(TOTAL)).hasText(format(before.add(added)));
            leader.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/province-total.png")));
        }
    }

    private BrowserContext phone(com.microsoft.playwright.Browser browser) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setLocale("vi-VN"));
    }

    private void login(Page page, String user) {
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(user);
        page.getByLabel("Mật khẩu").fill(TestAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
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
