package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;

@IntegrationTest
class AccountAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void setUp() {
        testAccounts.ensure();
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor page(String user) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(user));
    }

    @Test
    void provinceAdminOpensAnAccountForACommuneAndTheChangeIsAudited() throws Exception {
        mvc.perform(post("/accounts")
                        .with(csrf())
                        .with(page("tinh-01"))
                        .param("username", "ngoc-ha-nhaplieu")
                        .param("displayName", "Nguyễn Thị Lan <script>alert(1)</script>")
                        .param("unitCode", "00008")
                        .param("roles", "DATA_ENTRY")
                        .param("password", "matkhau-dai-du"))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(get("/accounts").with(page("tinh-01")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("ngoc-ha-nhaplieu").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        mvc.perform(get("/api/v1/audit")
                        .param("unit", "00008")
                        .param("actor", "tinh-01")
                        .with(httpBasic("tinh-01", TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].entity").value("identity_account"))
                .andExpect(jsonPath("$[0].action").value("CREATE"))
                .andExpect(jsonPath("$[0].unitCode").value("00008"));
        // the new login works and is scoped to Ngọc Hà
        mvc.perform(get("/api/v1/units/00008").with(httpBasic("ngoc-ha-nhaplieu", "matkhau-dai-du")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/00004").with(httpBasic("ngoc-ha-nhaplieu", "matkhau-dai-du")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAccountOutsideTheAdminsSubtreeIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        assertThat(HtmlUtils.htmlUnescape(accountInHoChiMinhCity("vi")))
                .contains("nằm ngoài phạm vi quản lý")
                .contains("value=\"hcm-canbo\"")
                .contains("value=\"Trần Văn Bình\"");
    }

    @Test
    void anEnglishReaderIsToldWhyTheAccountIsRefusedInEnglish() throws Exception {
        assertThat(HtmlUtils.htmlUnescape(accountInHoChiMinhCity("en")))
                .contains("is outside the units you manage; open accounts only for units under yours.")
                .doesNotContain("nằm ngoài phạm vi quản lý");
    }

    /** Hà Nội's administrator opens an account for a unit of Hồ Chí Minh City, on a page in this language. */
    private String accountInHoChiMinhCity(String lang) throws Exception {
        return mvc.perform(post("/accounts")
                        .with(csrf())
                        .with(page("tinh-01"))
                        .param("lang", lang)
                        .param("username", "hcm-canbo")
                        .param("displayName", "Trần Văn Bình")
                        .param("unitCode", "79")
                        .param("roles", "OFFICER")
                        .param("password", "matkhau-dai-du"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void invalidFieldsAreNamedInVietnamese() throws Exception {
        String html = mvc.perform(post("/accounts")
                        .with(csrf())
                        .with(page("tinh-01"))
                        .param("username", "Có Dấu")
                        .param("displayName", "")
                        .param("unitCode", "00008")
                        .param("password", "ngan"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(html))
                .contains("Tên đăng nhập chỉ gồm chữ thường không dấu")
                .contains("Hãy nhập họ tên.")
                .contains("Mật khẩu từ 8 đến 100 ký tự.")
                .contains("Hãy chọn ít nhất một vai trò.")
                .contains("value=\"Có Dấu\"");
    }
}
