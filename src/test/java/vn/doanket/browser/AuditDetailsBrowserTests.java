package vn.doanket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.UnitScope;

/** A province leader opens a change on the audit page and reads which figures changed, in a real browser. */
@IntegrationTest
class AuditDetailsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataEntry entry;

    @Test
    void openingAnEntryShowsTheValuesBeforeAndAfter() {
        accounts.ensure();
        String actor = "audit-browser-" + System.nanoTime();
        long n = System.nanoTime() % 1000;
        save(actor, n + 1, n + 2);
        save(actor, n + 3, n + 4);
        try (Playwright playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext context = Browser.phone(browser)) {
            Page page = context.newPage();
            page.onConsoleMessage(m -> System.out.println("browser console: " + m.type() + " " + m.text()));
            Browser.signIn(page, "http://localhost:" + port, "tinh-01");
            page.navigate("http://localhost:" + port + "/audit?unit=01&actor=" + actor);

            var newest = page.locator("details.dk-audit-change").first();
            newest.locator("summary").click();
            var cell = newest.getByRole(
                    AriaRole.ROWHEADER,
                    new com.microsoft.playwright.Locator.GetByRoleOptions()
                            .setName("các giá trị [VOTER_MEETINGS] › giá trị"));
            assertThat(cell).isVisible();
            assertThat(cell.locator("xpath=..")).containsText(Long.toString(n + 1));
            assertThat(cell.locator("xpath=..")).containsText(Long.toString(n + 3));
            assertThat(newest).containsText("trường không đổi");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/audit-details.png")));

            // the change on a page of its own (what the details load), which fits a phone's width
            page.navigate("http://localhost:" + port + newest.getAttribute("hx-get"));
            assertThat(page.locator("h1")).hasText("Mục nhật ký");
            assertThat(page.getByRole(
                            AriaRole.ROWHEADER,
                            new Page.GetByRoleOptions().setName("các giá trị [VOTER_OPINIONS] › giá trị")))
                    .isVisible();
            Object sideways =
                    page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) sideways).intValue())
                    .as("the page scrolls sideways on a phone by")
                    .isLessThanOrEqualTo(0);
        }
    }

    private void save(String actor, long meetings, long opinions) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(actor, null, List.of()));
        try {
            entry.saveAll(
                    List.of(
                            new DataValueInput(
                                    "VOTER_MEETINGS",
                                    "00004",
                                    "2026Q2",
                                    null,
                                    Long.toString(meetings),
                                    null,
                                    null,
                                    null),
                            new DataValueInput(
                                    "VOTER_OPINIONS",
                                    "00004",
                                    "2026Q2",
                                    null,
                                    Long.toString(opinions),
                                    null,
                                    null,
                                    null)),
                    UnitScope.EVERYWHERE);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
