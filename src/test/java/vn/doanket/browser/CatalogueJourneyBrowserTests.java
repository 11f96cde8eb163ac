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
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.UnitKind;

/**
 * The central administrator defines a new indicator on a phone, puts it on a new quarterly form,
 * assigns the form to the communes of Khánh Hòa (56), and the indicator is there to be typed on a
 * commune's entry page.
 */
@IntegrationTest
class CatalogueJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    OrgUnits units;

    @Test
    void administratorCreatesAnIndicatorAndFindsItOnAFormsEntryPage() {
        accounts.ensure();
        String commune = units.children(units.get("56"), java.time.LocalDate.now()).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE)
                .findFirst()
                .orElseThrow()
                .code();
        try (Playwright playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext phone = Browser.phone(browser)) {
            Page page = phone.newPage();
            Browser.signIn(page, url(""), "trunguong");

            page.navigate(url("/catalogue"));
            page.getByText("Tạo chỉ tiêu").click();
            page.getByLabel("Mã").fill("TBR_LIBRARY_READERS");
            page.getByLabel("Tên (tiếng Việt)").fill("Số lượt người đọc tại tủ sách khu dân cư");
            // forgetting the English name is refused, and what was typed stays
            page.getByLabel("Đơn vị tính", new Page.GetByLabelOptions().setExact(true))
                    .fill("lượt");
            page.getByLabel("Đơn vị tính (tiếng Anh)").fill("visits");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator("#catalogue-errors")).containsText("Hãy nhập mục này");
            assertThat(page.getByLabel("Tên (tiếng Việt)")).hasValue("Số lượt người đọc tại tủ sách khu dân cư");
            page.getByLabel("Tên (tiếng Anh)").fill("Visits to residential-area bookshelves");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator(".alert-success")).containsText("Đã lưu");
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/catalogue-indicator.png")));

            page.navigate(url("/catalogue/forms/new"));
            page.getByLabel("Mã").fill("TFB_BOOKSHELVES");
            page.getByLabel("Tên (tiếng Việt)").fill("Báo cáo quý về tủ sách cộng đồng");
            page.getByLabel("Tên (tiếng Anh)").fill("Quarterly report on community bookshelves");
            page.locator("#ind-TBR_LIBRARY_READERS").check();
            page.locator("#pos-TBR_LIBRARY_READERS").fill("1");
            page.locator("#ind-SUPERVISIONS").check();
            page.locator("#pos-SUPERVISIONS").fill("2");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu"))
                    .click();
            assertThat(page.locator(".alert-success")).containsText("Đã lưu");
            page.locator("#assign-root").fill("56");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao biểu mẫu"))
                    .click();
            assertThat(page.locator("#assignments")).containsText("cấp xã thuộc Tỉnh Khánh");

            page.navigate(url("/data/" + commune + "?form=TFB_BOOKSHELVES"));
            assertThat(page.locator("#V-" + commune + "-TBR_LIBRARY_READERS-DEFAULT"))
                    .isVisible();
            assertThat(page.locator("main")).containsText("Số lượt người đọc tại tủ sách khu dân cư");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/catalogue-entry.png")));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
