package vn.doanket.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

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

    @BeforeEach
    void accounts() {
        testAccounts.ensure();
    }

    /** A form saved whole, then changed: the page lists the fields that changed, named for the reader. */
    @Test
    void aChangedFormShowsEachChangedValueBeforeAndAfter() throws Exception {
        String unit = jdbc.sql(
                        """
                        select code from org_unit where kind = 'COMMUNE' and valid_to is null
                        order by md5(code || 'audit-page') limit 1""")
                .query(String.class)
                .single();
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

        String html = TestPages.page(
                mvc,
                SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("trunguong")),
                "/audit",
                "unit",
                "VN",
                "actor",
                actor);
        // the change: five fields of the two values differ (two values, two versions, one comment) and seven do
        // not (unit, period, each value's indicator and option, the meetings' empty comment)
        assertThat(html).contains("Chi tiết (5 trường thay đổi)", "7 trường không đổi");
        assertThat(row(html, "các giá trị [VOTER_MEETINGS] › giá trị")).contains(">12<", ">15<");
        assertThat(row(html, "các giá trị [VOTER_OPINIONS] › giá trị")).contains(">37<", ">40<");
        assertThat(row(html, "các giá trị [VOTER_OPINIONS] › ghi chú")).contains("cả hai tổ dân phố");
        assertThat(row(html, "các giá trị [VOTER_MEETINGS] › phiên bản")).contains(">1<", ">2<");
        // the first save created both values: one column, the fields that have something (the unit and period,
        // and each value's indicator, option, value and version; their comments are empty)
        assertThat(html).contains("Chi tiết (10 trường)", ">" + "Giá trị" + "</th>");
        assertThat(html).doesNotContain("{&quot;");
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
