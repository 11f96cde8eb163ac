package vn.doanket.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.TestPages;
import vn.doanket.identity.Accounts;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.UnitScope;
import vn.doanket.platform.access.Forbidden;

@IntegrationTest
class AuditPageTests {

    static final String PERIOD = "2026Q2";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    DataEntry entry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditBrowser browser;

    @BeforeEach
    void accounts() {
        testAccounts.ensure();
    }

    /** A form saved whole, then changed: the page lists the fields that changed, named for the reader. */
    @Test
    void aChangedFormShowsEachChangedValueBeforeAndAfter() throws Exception {
        String unit = commune();
        // an actor of this run alone, so the page filtered by it shows these two entries only
        String actor = "audit-page-" + System.nanoTime();
        // the test database outlives a run: what an earlier run saved is removed first (a blank value removes)
        saveAs(
                "audit-page-setup",
                List.of(value("VOTER_MEETINGS", unit, null, null), value("VOTER_OPINIONS", unit, null, null)));
        saveAs(actor, List.of(value("VOTER_MEETINGS", unit, "12", null), value("VOTER_OPINIONS", unit, "37", null)));
        saveAs(
                actor,
                List.of(
                        value("VOTER_MEETINGS", unit, "15", null),
                        value("VOTER_OPINIONS", unit, "40", "cả hai tổ dân phố")));

        List<Long> ids = jdbc.sql("select id from audit_entry where actor = :a order by id desc")
                .param("a", actor)
                .query(Long.class)
                .list();
        assertThat(ids).hasSize(2);
        long changed = ids.get(0);
        var central = SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("trunguong"));

        // the list counts each entry's fields and loads them only when its details are opened
        String list = TestPages.page(mvc, central, "/audit", "unit", "VN", "actor", actor);
        // the change: five fields of the two values differ (two values, two versions, one comment); the creation
        // has ten that say something (the unit and period, each value's indicator, option, value and version)
        assertThat(list)
                .contains("Chi tiết (5 trường thay đổi)", "Chi tiết (10 trường)")
                .contains("hx-get=\"/audit/entries/" + changed + "?unit=VN\"")
                .doesNotContain("các giá trị [VOTER_MEETINGS]")
                .doesNotContain("{&quot;");

        String details = mvc.perform(get("/audit/entries/" + changed)
                        .param("unit", "VN")
                        .header("HX-Request", "true")
                        .with(central))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(details).doesNotContain("<html");
        // and seven do not differ (unit, period, each value's indicator and option, the meetings' empty comment)
        assertThat(details).contains("7 trường không đổi");
        assertThat(row(details, "các giá trị [VOTER_MEETINGS] › giá trị")).contains(">12<", ">15<");
        assertThat(row(details, "các giá trị [VOTER_OPINIONS] › giá trị")).contains(">37<", ">40<");
        assertThat(row(details, "các giá trị [VOTER_OPINIONS] › ghi chú")).contains("cả hai tổ dân phố");
        assertThat(row(details, "các giá trị [VOTER_MEETINGS] › phiên bản")).contains(">1<", ">2<");

        // the same on a page of its own, for a link or a browser without scripts
        String page = TestPages.page(mvc, central, "/audit/entries/" + changed, "unit", "VN");
        assertThat(page).contains("<html", "Mục nhật ký", "cả hai tổ dân phố", actor);

        String created = TestPages.page(mvc, central, "/audit/entries/" + ids.get(1), "unit", "VN");
        assertThat(row(created, "các giá trị [VOTER_MEETINGS] › giá trị")).contains(">12<");
        assertThat(created).contains(">Giá trị</th>").doesNotContain("(không có)");
    }

    /** An entry outside the reader's units is not shown, and the reader is told what to do. */
    @Test
    void anEntryOfAnotherCommuneIsNotFoundForACommuneOfficer() throws Exception {
        String unit = commune();
        String actor = "audit-scope-" + System.nanoTime();
        saveAs(actor, List.of(value("VOTER_MEETINGS", unit, Long.toString(System.nanoTime() % 1000 + 1), null)));
        long id = jdbc.sql("select max(id) from audit_entry where actor = :a")
                .param("a", actor)
                .query(Long.class)
                .single();
        var officer = SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("xa-00004"));
        String refused = mvc.perform(get("/audit/entries/" + id).with(officer))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Không tìm thấy mục nhật ký số " + id + " trong phạm vi đơn vị đang xem");
        // an entry that does not exist at all: its number as the reader typed it, not grouped as a figure
        mvc.perform(get("/audit/entries/1234567890").with(officer))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("mục nhật ký số 1234567890 ")));
        // asking for the commune's subtree outright is refused as any page of it is
        mvc.perform(get("/audit/entries/" + id).param("unit", unit).with(officer))
                .andExpect(status().isForbidden());
        // the central account, whose subtree holds every commune, sees it
        TestPages.page(
                mvc,
                SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("trunguong")),
                "/audit/entries/" + id);
    }

    /**
     * The trail of a unit outside the reader's is refused with the reason in the reader's language; the
     * browser says so itself, whatever the page's own access rule has already checked.
     */
    @Test
    void theTrailOfAUnitOutsideTheReadersIsRefusedInTheReadersLanguage() {
        var officer = accounts.loadUserByUsername("xa-00004");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
        try {
            assertThatThrownBy(() -> browser.find("79", null, null, null, 10, 0))
                    .isInstanceOfSatisfying(Forbidden.class, e -> {
                        assertThat(e.getMessage()).contains("nằm ngoài phạm vi của tài khoản xa-00004");
                        assertThat(e.message(java.util.Locale.ENGLISH))
                                .contains("(79) is outside what account xa-00004 may see");
                    });
            // the reader's own unit is browsed as before
            assertThat(browser.find("00004", null, null, null, 10, 0).scope().code())
                    .isEqualTo("00004");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A commune of this test's own (not Ba Đình, whose officer reads the trail in the tests). */
    private String commune() {
        return jdbc.sql(
                        """
                        select code from org_unit where kind = 'COMMUNE' and valid_to is null and code <> '00004'
                        order by md5(code || 'audit-page') limit 1""")
                .query(String.class)
                .single();
    }

    /** The table row of a field, from its heading cell to the end of the row. */
    private static String row(String html, String field) {
        int at = html.indexOf(">" + field + "<");
        assertThat(at).as("a row for " + field).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static DataValueInput value(String indicator, String unit, String value, String comment) {
        return new DataValueInput(indicator, unit, PERIOD, null, value, comment, null, null);
    }

    private void saveAs(String actor, List<DataValueInput> rows) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(actor, null, List.of()));
        try {
            entry.saveAll(rows, UnitScope.EVERYWHERE);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
