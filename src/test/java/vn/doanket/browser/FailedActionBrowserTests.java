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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.indicators.Submission;
import vn.doanket.indicators.SubmissionStatus;
import vn.doanket.indicators.Submissions;

/**
 * An action sent by htmx that the server refuses still tells the user why: the refusal's Vietnamese
 * message appears at the top of the page (htmx leaves an error answer unswapped unless told otherwise).
 */
@IntegrationTest
class FailedActionBrowserTests {

    static final String FORM = "BC_QUY_XA";
    static final String PERIOD = "2026Q1";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Submissions submissions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void approvingAFormSomeoneElseHasJustApprovedSaysSo() {
        accounts.ensure();
        String commune = jdbc.sql(
                        """
                        select code from org_unit where kind = 'COMMUNE' and valid_to is null and parent_id =
                            (select id from org_unit where code = '01' and valid_to is null)
                        order by md5(code || 'failed-action') limit 1""")
                .query(String.class)
                .single();
        awaitingApproval(commune);
        try (Playwright playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext context = Browser.phone(browser)) {
            Page page = context.newPage();
            page.onConsoleMessage(m -> System.out.println("browser console: " + m.type() + " " + m.text()));
            Browser.signIn(page, url(""), "tinh-01");
            page.navigate(url("/approvals/01?form=" + FORM + "&period=" + PERIOD));
            var row = page.locator("#R-" + commune);
            var approve = row.getByRole(
                    AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Duyệt"));
            assertThat(approve).isVisible();

            // another leader of the province approves it first
            submissions.approve(FORM, commune, PERIOD, "01");
            approve.click();

            var flash = page.locator("#flash");
            // who decided first, and when, and what to do
            assertThat(flash).containsText("đã được system duyệt lúc");
            assertThat(flash).containsText("Hãy tải lại trang");
            assertThat(flash.locator(".alert-danger")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/action-refused.png")));
            // the row is left as it was, not replaced by the message
            assertThat(row).isVisible();
        }
    }

    @Test
    void anActionAfterTheSessionEndedSaysSoInsteadOfShowingTheSignInPageInPlace() {
        accounts.ensure();
        try (Playwright playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext context = Browser.phone(browser)) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "tinh-01");
            assertThat(page.locator("h1")).hasText("Thành phố Hà Nội");

            // the session ends (signed out elsewhere, or timed out) while the page stays open
            context.clearCookies();
            page.getByLabel("Tìm đơn vị").pressSequentially("ba dinh");

            assertThat(page.locator("#flash")).containsText("Phiên đăng nhập đã hết");
            assertThat(page.locator("#unit-picker-results")).not().containsText("Mật khẩu");
        }
    }

    /** The commune's form for the period, sent and waiting for the province, whatever an earlier run left. */
    private void awaitingApproval(String commune) {
        Submission s = submissions.find(FORM, commune, PERIOD).orElse(null);
        if (s != null && s.status() == SubmissionStatus.SUBMITTED) {
            return;
        }
        if (s != null && s.status() == SubmissionStatus.APPROVED) {
            submissions.returnForCorrection(FORM, commune, PERIOD, "01", "lượt chạy trước của bài kiểm tra");
        }
        submissions.submit(FORM, commune, PERIOD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
