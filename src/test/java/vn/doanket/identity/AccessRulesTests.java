package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;

@IntegrationTest
class AccessRulesTests {

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

    static org.springframework.test.web.servlet.request.RequestPostProcessor as(String user) {
        return httpBasic(user, TestAccounts.PASSWORD);
    }

    /** A signed-in browser session of that account (the real principal, with its home unit). */
    org.springframework.test.web.servlet.request.RequestPostProcessor page(String user) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(user));
    }

    @Test
    void communeOfficerSeesOwnUnit() throws Exception {
        mvc.perform(get("/api/v1/units/00004").with(as("xa-00004")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("00004"))
                .andExpect(jsonPath("$.name").value("Ba Đình"))
                .andExpect(jsonPath("$.parentCode").value("01"))
                .andExpect(jsonPath("$.path").value("/VN/01/00004"))
                .andExpect(jsonPath("$.validFrom").value("2025-07-01"));
    }

    @Test
    void communeOfficerGets403OnAnotherCommunesUnitData() throws Exception {
        mvc.perform(get("/api/v1/units/00008").with(as("xa-00004")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        mvc.perform(get("/api/v1/units/00008/children").with(as("xa-00004"))).andExpect(status().isForbidden());
        mvc.perform(get("/units/00008").with(page("xa-00004"))).andExpect(status().isForbidden());
    }

    @Test
    void communeOfficerGets403OnItsParentsDataAndAdminPages() throws Exception {
        mvc.perform(get("/api/v1/units/01").with(as("xa-00004"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").param("unit", "01").with(as("xa-00004")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").param("unit", "01").with(page("xa-00004"))).andExpect(status().isForbidden());
        mvc.perform(get("/accounts").with(page("xa-00004"))).andExpect(status().isForbidden());
        mvc.perform(post("/accounts/1/unlock").with(csrf()).with(page("xa-00004")))
                .andExpect(status().isForbidden());
    }

    @Test
    void provinceOfficerSeesItsCommunesAndHistoricUnitsThatBecameThem() throws Exception {
        mvc.perform(get("/api/v1/units/00008").with(as("tinh-01"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/001").param("date", "2024-12-31").with(as("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("DISTRICT"))
                .andExpect(jsonPath("$.validTo").value("2025-06-30"));
        mvc.perform(get("/api/v1/units/79").with(as("tinh-01"))).andExpect(status().isForbidden());
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndPagesRedirectToLogin() throws Exception {
        mvc.perform(get("/api/v1/units/VN"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/audit").param("unit", "VN")).andExpect(status().isUnauthorized());
        mvc.perform(get("/units/VN").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void unknownUnitIs404ProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/units/NOPE").with(as("trunguong")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("org.unit-not-found"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị có mã \"NOPE\"."));
        // the API answers in Vietnamese whatever the reader's language; a page in the reader's language
        mvc.perform(get("/api/v1/units/NOPE").param("lang", "en").with(as("trunguong")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị có mã \"NOPE\"."));
        mvc.perform(get("/units/NOPE").param("lang", "en").with(page("trunguong")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("No unit has the code")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("Không tìm thấy đơn vị"))));
        mvc.perform(get("/units/NOPE").with(page("trunguong")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Không tìm thấy đơn vị có mã")));
    }

    @Test
    void childrenOnADateFollowTheTreeInForce() throws Exception {
        mvc.perform(get("/api/v1/units/01/children").param("date", "2024-12-31").with(as("trunguong")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(30))
                .andExpect(jsonPath("$[0].kind").value("DISTRICT"));
        mvc.perform(get("/api/v1/units/01/children").with(as("trunguong")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("COMMUNE"));
    }

    @Test
    void searchFoldsDiacriticsAndStaysInsideTheCallersSubtree() throws Exception {
        mvc.perform(get("/api/v1/units").param("q", "ba dinh").with(as("trunguong")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.fullName == 'Phường Ba Đình')]").exists());
        String body = mvc.perform(get("/api/v1/units").param("q", "ngoc ha").with(as("xa-00004")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).isEqualTo("[]");
    }

    @Test
    void securityHeadersAreSentOnPages() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/accounts/1/unlock").with(page("trunguong"))).andExpect(status().isForbidden());
    }
}
