package vn.doanket.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.TestPages;
import vn.doanket.identity.Accounts;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.Targets;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;

/** A province sets targets for its communes; the commune sees target and achievement by its field. */
@IntegrationTest
class TargetsAndGridPagesTests {

    private static final String PERIOD = "2026Q2";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    OrgUnits units;

    @Autowired
    vn.doanket.indicators.Submissions submissions;

    @Autowired
    Targets targets;

    @Autowired
    DataEntry entry;

    @BeforeEach
    void accounts() {
        EntryTestAccounts.ensure(testAccounts, accounts, units);
    }

    RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(user));
    }

    @Test
    void aProvinceSetsACommuneTargetAndTheCommuneSeesItsAchievement() throws Exception {
        // twenty communes a page, each page with the province's own targets first
        int shownOn = 0;
        for (int page = 1; page <= 7; page++) {
            String html = TestPages.page(
                    mvc, as("tinh-01"), "/targets/01", "form", "BC_QUY_XA", "period", PERIOD, "page", "" + page);
            assertThat(html).contains("V-T-01-DIGITAL_ID_ACTIVATED").contains("(trang " + page + "/");
            assertThat(html.split("<tr>", -1)).hasSizeLessThanOrEqualTo(1 + 1 + 1 + UnitPage.SIZE);
            if (html.contains("V-T-" + EntryTestAccounts.COMMUNE + "-DIGITAL_ID_ACTIVATED")) {
                shownOn++;
            }
        }
        assertThat(shownOn)
                .as("Phúc Thịnh on one page of Hà Nội's 126 communes")
                .isEqualTo(1);
        mvc.perform(post("/targets/01/values")
                        .param("of", EntryTestAccounts.COMMUNE)
                        .param("indicator", "DIGITAL_ID_ACTIVATED")
                        .param("period", PERIOD)
                        .param("value", "5.000")
                        .with(csrf())
                        .with(as("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")));
        assertThat(targets.find("DIGITAL_ID_ACTIVATED", EntryTestAccounts.COMMUNE, PERIOD)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("5000");

        mvc.perform(EntryPagesTests.field(EntryTestAccounts.COMMUNE, PERIOD, "DIGITAL_ID_ACTIVATED", "4.600", 0)
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(content().string(Matchers.containsString("đạt 92%")));
        mvc.perform(get("/data/" + EntryTestAccounts.COMMUNE)
                        .param("form", "BC_QUY_XA")
                        .param("period", PERIOD)
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(content().string(Matchers.containsString("Chỉ tiêu giao: 5.000")))
                .andExpect(content().string(Matchers.containsString("đạt 92%")));
    }

    @Test
    void aCommuneCannotSetTargetsForItsProvinceOrANeighbour() throws Exception {
        mvc.perform(post("/targets/01/values")
                        .param("of", "00004")
                        .param("indicator", "BLOOD_UNITS")
                        .param("period", PERIOD)
                        .param("value", "44")
                        .with(csrf())
                        .with(as("xa-00004")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/targets/00004/values")
                        .param("of", EntryTestAccounts.COMMUNE)
                        .param("indicator", "BLOOD_UNITS")
                        .param("period", PERIOD)
                        .param("value", "44")
                        .with(csrf())
                        .with(as("xa-00004")))
                .andExpect(content().string(Matchers.containsString("dk-error")));
        assertThat(targets.find("BLOOD_UNITS", EntryTestAccounts.COMMUNE, PERIOD))
                .isEmpty();
    }

    @Test
    void theProvinceGridHasARowPerCommuneAndItsCellsSaveLikeFields() throws Exception {
        // Hà Nội's 126 communes come twenty to a page, in the order of their codes
        String first = TestPages.page(mvc, as("tinh-01"), "/data/01/grid", "form", "BC_QUY_XA", "period", PERIOD);
        int communes = units.children(
                        units.get("01"),
                        vn.doanket.indicators.Period.parse(PERIOD).end())
                .size();
        int pages = (communes + UnitPage.SIZE - 1) / UnitPage.SIZE;
        assertThat(pages).isGreaterThan(1);
        assertThat(first)
                .contains("V-00004-DEATHS-DEFAULT")
                .contains("Đơn vị 1–20 trong " + communes + " (trang 1/" + pages + ")")
                .contains("/data/01/grid?form=BC_QUY_XA&amp;period=" + PERIOD + "&amp;page=2")
                .doesNotContain("V-" + EntryTestAccounts.COMMUNE + "-DEATHS-DEFAULT");
        assertThat(first.split("<tr>", -1)).hasSize(1 + 1 + UnitPage.SIZE);
        int found = 0;
        for (int page = 2; page <= pages + 1; page++) { // one past the last is shown as the last
            String html = TestPages.page(
                    mvc, as("tinh-01"), "/data/01/grid", "form", "BC_QUY_XA", "period", PERIOD, "page", "" + page);
            assertThat(html)
                    .doesNotContain("V-00004-DEATHS-DEFAULT")
                    .contains("(trang " + Math.min(page, pages) + "/" + pages + ")");
            if (page <= pages && html.contains("V-" + EntryTestAccounts.COMMUNE + "-DEATHS-DEFAULT")) {
                found++;
            }
        }
        assertThat(found).as("Phúc Thịnh on exactly one page").isEqualTo(1);
        mvc.perform(EntryPagesTests.field(EntryTestAccounts.COMMUNE, PERIOD, "DEATHS", "17", 0)
                        .with(as("tinh-01")))
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")));
        assertThat(entry.find("DEATHS", EntryTestAccounts.COMMUNE, PERIOD, null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("17");
        mvc.perform(get("/data/01")
                        .param("form", "BC_QUY_XA")
                        .param("period", PERIOD)
                        .with(as("tinh-01")))
                .andExpect(content().string(Matchers.containsString("id=\"subtree-totals\"")));
    }

    @Test
    void theGridSpeaksTheReadersLanguageNamesEachCellsUnitAndSaysWhatCellsShareOnce() throws Exception {
        String english = TestPages.page(
                mvc, as("tinh-01"), "/data/01/grid", "lang", "en", "form", "BC_QUY_XA", "period", PERIOD);
        String head = english.substring(english.indexOf("<thead>"), english.indexOf("</thead>"));
        assertThat(head)
                .as("breakdown options in English on the English page")
                .contains("Fatherland Front committee")
                .doesNotContain("Ủy ban MTTQ");
        String vietnamese = TestPages.page(mvc, as("tinh-01"), "/data/01/grid", "form", "BC_QUY_XA", "period", PERIOD);
        assertThat(vietnamese.substring(vietnamese.indexOf("<thead>"), vietnamese.indexOf("</thead>")))
                .contains("Ủy ban MTTQ");
        // a screen reader hears the commune's name with each cell, not its code
        String cell = vietnamese.substring(vietnamese.indexOf("<td><div class=\"dk-field dk-cell\">"));
        cell = cell.substring(0, cell.indexOf("</td>"));
        assertThat(cell)
                .contains("id=\"V-00004-SUPERVISIONS-MTTQ\"")
                .contains("aria-label=\"Số cuộc giám sát – Ủy ban MTTQ – "
                        + units.get("00004").name() + "\"");
        // what every cell shares is said once, on the table: a cell carries its own request and trigger only
        String body = vietnamese.substring(vietnamese.indexOf("<tbody>"), vietnamese.indexOf("</tbody>"));
        int inputs = body.split("name=\"value\"", -1).length - 1;
        assertThat(inputs).isGreaterThan(20 * 50);
        assertThat(body.split("hx-post=", -1)).hasSize(inputs + 1);
        assertThat(body)
                .doesNotContain("hx-include")
                .doesNotContain("hx-target")
                .doesNotContain("name=\"period\"");
        assertThat(vietnamese)
                .contains("hx-include=\"closest .dk-field, #dk-context\"")
                .containsPattern("id=\"dk-context\" hidden><input type=\"hidden\" name=\"form\"\\s+value=\"BC_QUY_XA\">"
                        + "<input type=\"hidden\" name=\"period\" value=\"" + PERIOD + "\">");
    }

    @Test
    void aCommuneThatSentItsFormIsMarkedOnTheGrid() throws Exception {
        // the fifteenth commune of Hà Nội (on the first page; no other test writes for it) sends its form of 2025Q3
        Unit sent = units.children(
                        units.get("01"),
                        vn.doanket.indicators.Period.parse("2025Q3").end())
                .get(14);
        submissions.submit("BC_QUY_XA", sent.code(), "2025Q3");
        String html = TestPages.page(mvc, as("tinh-01"), "/data/01/grid", "form", "BC_QUY_XA", "period", "2025Q3");
        String badge = "<span class=\"badge text-bg-secondary\">Đã gửi</span>";
        assertThat(html.split(java.util.regex.Pattern.quote(badge), -1)).hasSize(2);
        String row = html.substring(html.indexOf("/data/" + sent.code() + "?"));
        assertThat(row.substring(0, row.indexOf("</th>"))).contains(badge);
    }
}
