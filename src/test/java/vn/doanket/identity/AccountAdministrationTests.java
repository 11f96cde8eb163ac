package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.organization.OrgUnits;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Forbidden;
import vn.doanket.platform.access.Role;

@IntegrationTest
class AccountAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgUnits units;

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

    /** Hà Nội's administrator may not unlock the central account: refused in the page's language, nothing changed. */
    @Test
    void anAccountOutsideTheAdminsSubtreeIsNotChangedAndTheReasonIsInTheReadersLanguage() throws Exception {
        long central = jdbc.sql("select id from identity_account where username = 'trunguong'")
                .query(Long.class)
                .single();
        int version = version(central);
        for (String lang : List.of("vi", "en")) {
            String html = mvc.perform(post("/accounts/" + central + "/unlock")
                            .with(csrf())
                            .with(page("tinh-01"))
                            .param("lang", lang))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(HtmlUtils.htmlUnescape(html))
                    .contains(
                            lang.equals("en")
                                    ? "Account trunguong is outside what you manage"
                                    : "Tài khoản trunguong nằm ngoài phạm vi quản lý của bạn");
        }
        assertThat(version(central)).isEqualTo(version);
    }

    /** The service itself refuses an account without the administrator's role, whatever page calls it. */
    @Test
    void onlyAnAdministratorChangesAccounts() {
        long commune = jdbc.sql("select id from identity_account where username = 'xa-00008'")
                .query(Long.class)
                .single();
        int version = version(commune);
        var hanoi = units.get("01");
        var leader = new CurrentAccount(
                1,
                "lanh-dao",
                "Lãnh đạo",
                hanoi.id(),
                hanoi.code(),
                hanoi.name(),
                hanoi.treePath(),
                Set.of(Role.LEADER));
        assertThatThrownBy(() -> accounts.setEnabled(leader, commune, false))
                .isInstanceOfSatisfying(Forbidden.class, e -> {
                    assertThat(e.getMessage()).startsWith("Chỉ quản trị viên mới quản lý được tài khoản");
                    assertThat(e.message(Locale.ENGLISH)).startsWith("Only an administrator can manage accounts");
                });
        assertThat(version(commune)).isEqualTo(version);
    }

    private int version(long account) {
        return jdbc.sql("select version from identity_account where id = :id")
                .param("id", account)
                .query(Integer.class)
                .single();
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
