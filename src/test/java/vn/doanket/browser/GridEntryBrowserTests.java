package vn.doanket.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.Targets;

/** A province officer enters figures for its communes on the grid, each cell saving itself, in a real browser. */
@IntegrationTest
class GridEntryBrowserTests {

    static final String PERIOD = "2026Q2";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataEntry entry;

    @Autowired
    Targets targets;

    /** Hà Nội's officer on a phone, signed in, at the page of {@code path} (the form and period added). */
    private void onProvincePage(String path, java.util.function.Consumer<Page> steps) {
        accounts.ensure();
        String base = "http://localhost:" + port;
        try (Playwright playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext context = Browser.phone(browser)) {
            Page page = context.newPage();
            page.onConsoleMessage(m -> System.out.println("browser console: " + m.type() + " " + m.text()));
            Browser.signIn(page, base, "tinh-01");
            page.navigate(base + path + "?form=BC_QUY_XA&period=" + PERIOD);
            steps.accept(page);
        }
    }

    @Test
    void aCellSavesItselfAndARefusedOneKeepsWhatWasTypedWithTheReason() {
        onProvincePage("/data/01/grid", page -> {
            String figure = Long.toString(System.nanoTime() % 500 + 1);
            var cell = page.locator("#V-00004-DEATHS-DEFAULT");
            cell.fill(figure);
            assertThat(page.locator("#S-00004-DEATHS-DEFAULT")).containsText("Đã lưu lúc");
            org.assertj.core.api.Assertions.assertThat(entry.find("DEATHS", "00004", PERIOD, null)
                            .orElseThrow()
                            .number())
                    .isEqualByComparingTo(figure);

            // a cell of the same row: refused, with the reason beside it and the text left as typed
            var other = page.locator("#V-00004-ENLISTMENT-DEFAULT");
            other.fill("mười hai");
            assertThat(page.locator("#S-00004-ENLISTMENT-DEFAULT")).containsText("không phải là số");
            assertThat(other).hasValue("mười hai");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/grid-entry.png")));

            // the figure saved is there when the grid is opened again, with its new version to save from
            page.reload();
            assertThat(page.locator("#V-00004-DEATHS-DEFAULT")).hasValue(figure);
            page.locator("#V-00004-DEATHS-DEFAULT").fill(Long.toString(Long.parseLong(figure) + 1));
            assertThat(page.locator("#S-00004-DEATHS-DEFAULT")).containsText("Đã lưu lúc");
        });
    }

    @Test
    void aTargetCellSavesItselfAndAWrongOneSaysWhy() {
        onProvincePage("/targets/01", page -> {
            String figure = Long.toString(System.nanoTime() % 900 + 100);
            page.locator("#V-T-00004-DIGITAL_ID_ACTIVATED").fill(figure);
            assertThat(page.locator("#S-T-00004-DIGITAL_ID_ACTIVATED")).containsText("Đã lưu lúc");
            org.assertj.core.api.Assertions.assertThat(targets.find("DIGITAL_ID_ACTIVATED", "00004", PERIOD)
                            .orElseThrow()
                            .value())
                    .isEqualByComparingTo(figure);

            var wrong = page.locator("#V-T-00004-ENLISTMENT");
            wrong.fill("-3");
            assertThat(page.locator("#S-T-00004-ENLISTMENT")).containsText("âm");
            assertThat(wrong).hasValue("-3");
        });
    }
}
