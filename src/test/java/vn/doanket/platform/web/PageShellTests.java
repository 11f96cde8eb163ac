package vn.doanket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.identity.Accounts;

/** What every page shares: the language links and the page shown for an address cut short. */
@IntegrationTest
class PageShellTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void accounts() {
        testAccounts.ensure();
    }

    RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(user));
    }

    @Test
    void switchingLanguageKeepsTheUnitFormAndPeriodChosen() throws Exception {
        String page = mvc.perform(get("/completeness/01")
                        .queryParam("form", "BC_QUY_XA")
                        .queryParam("period", "2025Q4")
                        .with(as("tinh-01")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("href=\"/completeness/01?form=BC_QUY_XA&amp;period=2025Q4&amp;lang=en\"")
                .contains("href=\"/completeness/01?form=BC_QUY_XA&amp;period=2025Q4&amp;lang=vi\"");

        // the language already chosen is replaced, not repeated
        String english = mvc.perform(get("/completeness/01")
                        .queryParam("lang", "en")
                        .queryParam("form", "BC_QUY_XA")
                        .with(as("tinh-01")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains("href=\"/completeness/01?form=BC_QUY_XA&amp;lang=vi\"")
                .doesNotContain("lang=en&amp;form");
    }

    @Test
    void aPageAskedForWithoutWhatItNeedsSaysSoInVietnamese() throws Exception {
        String page = mvc.perform(get("/analytics/lineage").with(as("trunguong")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<html").contains("Thiếu tham số").contains("unit");
    }
}
