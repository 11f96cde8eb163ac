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
import vn.doanket.indicators.CatalogueEditor;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.FormEditor;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.Targets;
import vn.doanket.indicators.web.NotedForm;

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

    @Autowired
    CatalogueEditor editor;

    @Autowired
    FormEditor formEditor;

    @Autowired
    ReportForms forms;

    @Autowired
    IndicatorCatalogue catalogue;

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

    @Test
    void theNotesOfTheGridsAndTargetsColumnsOpenByTouchAndFromTheKeyboard() {
        // a heading's tooltip needs a mouse: the notes listed below the table open with a tap or a key
        NotedForm.ensure(editor, formEditor, forms, catalogue);
        accounts.ensure();
        String base = "http://localhost:" + port;
        try (Playwright playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(390, 844)
                        .setLocale("vi-VN")
                        .setHasTouch(true)
                        .setIsMobile(true))) {
            Page page = context.newPage();
            Browser.signIn(page, base, "tinh-01");
            for (String path : new String[] {"/data/01/grid", "/targets/01"}) {
                page.navigate(base + path + "?form=" + NotedForm.FORM + "&period=" + PERIOD);
                var summary = page.locator(".dk-notes summary");
                var note = page.locator(".dk-notes dd")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(NotedForm.BOTH_VI));
                assertThat(summary).containsText("Cách tính các chỉ tiêu (2)");
                assertThat(note).isHidden();
                summary.tap();
                assertThat(note).isVisible();
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots/notes" + path.replace('/', '-') + ".png")));
                // and closed and opened again from the keyboard, as a keyboard user does. Enter, which
                // acts on the key going down: Space acts on the key coming up, and once in a CI run on a
                // loaded machine Chromium left the list closed after it
                summary.focus();
                page.keyboard().press("Enter");
                assertThat(note).isHidden();
                page.keyboard().press("Enter");
                assertThat(note).isVisible();
            }
        }
    }
}
