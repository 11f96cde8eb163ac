package vn.doanket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
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
        String page = mvc.perform(get("/analytics/lineage").with(central))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<html")
                .contains("Thiếu tham số &quot;unit&quot;")
                .contains("Hãy mở trang từ trình đơn");
        String malformed = mvc.perform(get("/data/01/grid")
                        .queryParam("form", "BC_QUY_XA")
                        .queryParam("page", "abc")
                        .with(province))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(malformed).contains("Tham số &quot;page&quot;").contains("&quot;abc&quot;");
    }

    @Test
    void anEnglishReaderIsToldWhatIsMissingAndWhatIsForbiddenInEnglish() throws Exception {
        String page = mvc.perform(get("/analytics/lineage").param("lang", "en").with(central))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("The page&#39;s address lacks &quot;unit&quot;. Open the page from the menu")
                .doesNotContain("Thiếu tham số");
        String malformed = mvc.perform(get("/data/01/grid")
                        .queryParam("form", "BC_QUY_XA")
                        .queryParam("page", "abc")
                        .queryParam("lang", "en")
                        .with(province))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(malformed).contains("&quot;abc&quot; is not a valid value of &quot;page&quot;");
        // a unit outside the account's subtree: the reason in the reader's language, Vietnamese by default
        String outside = mvc.perform(
                        get("/data/79/grid").queryParam("lang", "en").with(province))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outside).contains("(79) is outside what account").doesNotContain("nằm ngoài phạm vi");
        String vietnamese = mvc.perform(
                        get("/data/79/grid").queryParam("lang", "vi").with(province))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(vietnamese).contains("(79) nằm ngoài phạm vi của tài khoản");
        // a page for another role names the role in the reader's words
        String role = mvc.perform(get("/catalogue").queryParam("lang", "en").with(commune))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(role).contains("Account xa-00004 lacks the role this page needs (Administrator).");
        String vai = mvc.perform(get("/catalogue").queryParam("lang", "vi").with(commune))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(vai).contains("Tài khoản xa-00004 không có vai trò cần cho trang này (Quản trị).");
    }

    @Test
    void aQueryTheBrowserDidNotEncodeStillSwitchesLanguage() {
        assertThat(new LanguageLinks("/units/01", null).getEn()).isEqualTo("/units/01?lang=en");
        assertThat(new LanguageLinks("/units/01", "q=ha%20noi&lang=vi").getEn())
                .isEqualTo("/units/01?q=ha%20noi&lang=en");
        assertThat(new LanguageLinks("/units/01", "q=hà nội").getVi()).isEqualTo("/units/01?lang=vi");
    }
}
