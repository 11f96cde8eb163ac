package vn.doanket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;

/** A Front officer logs in, finds a unit by typing without diacritics, and opens it — in a real browser. */
@IntegrationTest
class UnitJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void officerLogsInSearchesWithoutDiacriticsAndOpensTheUnit() {
        accounts.ensure();
        try (Playwright playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext context = Browser.phone(browser)) {
            Page page = context.newPage();
            page.onConsoleMessage(m -> System.out.println("browser console: " + m.type() + " " + m.text()));
            page.onResponse(r -> {
                if (r.status() >= 400 || r.url().contains("search")) {
                    System.out.println("browser got " + r.status() + " for " + r.url());
                }
            });
            page.navigate("http://localhost:" + port + "/");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
            page.getByLabel("Tên đăng nhập").fill("tinh-01");
            page.getByLabel("Mật khẩu").fill(TestAccounts.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập"))
                    .click();
            assertThat(page.locator("h1")).hasText("Thành phố Hà Nội");
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);

            // on a phone the unit picker stays in the top bar, outside the collapsed menu
            page.getByLabel("Tìm đơn vị").pressSequentially("ba dinh");
            var result = page.locator("#unit-picker-results a", new Page.LocatorOptions().setHasText("Phường Ba Đình"));
            assertThat(result.first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/unit-search.png")));
            result.first().click();

            assertThat(page.locator("h1")).hasText("Phường Ba Đình");
            assertThat(page.locator(".breadcrumb")).containsText("Hà Nội");
            assertThat(page.getByText("Hình thành từ")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/unit-page.png"))
                    .setFullPage(true));

            // the English switch keeps the page and changes the language
            page.navigate(page.url() + "?lang=en");
            assertThat(page.getByText("Formed from")).isVisible();
        }
    }
}
