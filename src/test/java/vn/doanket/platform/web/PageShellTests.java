package vn.doanket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.TestPages;
import vn.doanket.identity.Accounts;

/** What every page shares: the language links and the page shown for an address cut short. */
@IntegrationTest
class PageShellTests {

    private final MockMvc mvc;
    private final RequestPostProcessor province;
    private final RequestPostProcessor central;
    private final RequestPostProcessor commune;

    @Autowired
    PageShellTests(MockMvc mvc, TestAccounts testAccounts, Accounts accounts) {
        this.mvc = mvc;
        testAccounts.ensure();
        this.province = SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("tinh-01"));
        this.central = SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("trunguong"));
        this.commune = SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("xa-00004"));
    }

    @Test
    void switchingLanguageKeepsTheUnitFormAndPeriodChosen() throws Exception {
        String page = TestPages.page(mvc, province, "/completeness/01", "form", "BC_QUY_XA", "period", "2025Q4");
        assertThat(page)
                .contains("href=\"/completeness/01?form=BC_QUY_XA&amp;period=2025Q4&amp;lang=en\"")
                .contains("href=\"/completeness/01?form=BC_QUY_XA&amp;period=2025Q4&amp;lang=vi\"");

        // the language already chosen is replaced, not repeated
        String english = TestPages.page(mvc, province, "/completeness/01", "lang", "en", "form", "BC_QUY_XA");
        assertThat(english)
                .contains("href=\"/completeness/01?form=BC_QUY_XA&amp;lang=vi\"")
                .doesNotContain("lang=en&amp;form");
    }

    @Test
    void aPageAskedForWithoutWhatItNeedsSaysSoInVietnamese() throws Exception {
        assertThat(refused(get("/analytics/lineage").with(central), 400))
                .contains("<html")
                .contains("Thiếu tham số &quot;unit&quot;")
                .contains("Hãy mở trang từ trình đơn");
        assertThat(refused(badPage().with(province), 400))
                .contains("Tham số &quot;page&quot;")
                .contains("&quot;abc&quot;");
    }

    @Test
    void anEnglishReaderIsToldWhatIsMissingAndWhatIsForbiddenInEnglish() throws Exception {
        assertThat(refused(get("/analytics/lineage").param("lang", "en").with(central), 400))
                .contains("The page&#39;s address lacks &quot;unit&quot;. Open the page from the menu")
                .doesNotContain("Thiếu tham số");
        assertThat(refused(badPage().queryParam("lang", "en").with(province), 400))
                .contains("&quot;abc&quot; is not a valid value of &quot;page&quot;");
        // a unit outside the account's subtree: the reason in the reader's language, Vietnamese by default
        assertThat(refused(get("/data/79/grid").queryParam("lang", "en").with(province), 403))
                .contains("(79) is outside what account")
                .doesNotContain("nằm ngoài phạm vi");
        assertThat(refused(get("/data/79/grid").queryParam("lang", "vi").with(province), 403))
                .contains("(79) nằm ngoài phạm vi của tài khoản");
        // a page for another role names the role in the reader's words
        assertThat(refused(get("/catalogue").queryParam("lang", "en").with(commune), 403))
                .contains(
                        "Account xa-00004 lacks the role this page needs (Administrator); ask your unit&#39;s administrator");
        assertThat(refused(get("/catalogue").queryParam("lang", "vi").with(commune), 403))
                .contains("Tài khoản xa-00004 không có vai trò cần cho trang này (Quản trị); hãy nhờ quản trị viên");
    }

    /** A grid page asked for with a page number that is not a number. */
    private static MockHttpServletRequestBuilder badPage() {
        return get("/data/01/grid").queryParam("form", "BC_QUY_XA").queryParam("page", "abc");
    }

    private String refused(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aQueryTheBrowserDidNotEncodeStillSwitchesLanguage() {
        assertThat(new LanguageLinks("/units/01", null).getEn()).isEqualTo("/units/01?lang=en");
        assertThat(new LanguageLinks("/units/01", "q=ha%20noi&lang=vi").getEn())
                .isEqualTo("/units/01?q=ha%20noi&lang=en");
        assertThat(new LanguageLinks("/units/01", "q=hà nội").getVi()).isEqualTo("/units/01?lang=vi");
    }
}
