package vn.doanket.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.doanket.indicators.CatalogueEditor;
import vn.doanket.indicators.FormEditor;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.ReportForms;
import vn.doanket.organization.OrgUnits;

/**
 * An indicator's note (how to count it) where its figures are reviewed, totalled, given targets and
 * filled in Excel: in the reader's language, the Vietnamese note where nobody wrote an English one, and
 * nothing at all (no empty tooltip or comment) where the indicator has no note.
 */
@IntegrationTest
class IndicatorNotePagesTests {

    private static final String PERIOD = "2026Q3";
    private static final String PROVINCE = "01";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    OrgUnits units;

    @Autowired
    CatalogueEditor editor;

    @Autowired
    FormEditor formEditor;

    @Autowired
    ReportForms forms;

    @Autowired
    IndicatorCatalogue catalogue;

    @BeforeEach
    void fixtures() {
        EntryTestAccounts.ensure(testAccounts, accounts, units);
        NotedForm.ensure(editor, formEditor, forms, catalogue);
    }

    RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(user));
    }

    @Test
    void subtreeTotalsShowEachNoteUnderTheIndicatorInTheReadersLanguage() throws Exception {
        String vietnamese = totals("vi");
        assertThat(row(vietnamese, "T-" + NotedForm.BOTH))
                .contains(NotedForm.BOTH_NAME)
                .contains("<small class=\"d-block text-muted dk-note\">" + NotedForm.BOTH_VI + "</small>");
        assertThat(row(vietnamese, "T-" + NotedForm.VI_ONLY)).contains(NotedForm.VI_ONLY_VI);
        assertThat(vietnamese).doesNotContain(NotedForm.BOTH_EN);

        String english = totals("en");
        assertThat(row(english, "T-" + NotedForm.BOTH))
                .contains("Themed sessions held")
                .contains("<small class=\"d-block text-muted dk-note\">" + NotedForm.BOTH_EN + "</small>");
        assertThat(row(english, "T-" + NotedForm.VI_ONLY))
                .as("no English note: the Vietnamese one rather than nothing")
                .contains(NotedForm.VI_ONLY_NAME_EN)
                .contains("<small class=\"d-block text-muted dk-note\">" + NotedForm.VI_ONLY_VI + "</small>");
        assertThat(english).doesNotContain(NotedForm.BOTH_VI);
        assertThat(row(english, "T-" + NotedForm.NONE))
                .contains(NotedForm.NONE_NAME_EN)
                .doesNotContain("dk-note");
    }

    private String totals(String lang) throws Exception {
        String html = TestPages.page(
                mvc, as("tinh-01"), "/data/" + PROVINCE, "form", NotedForm.FORM, "period", PERIOD, "lang", lang);
        assertThat(html).contains("id=\"subtree-totals\"");
        return html;
    }

    private static String row(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("row " + id).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void targetColumnsCarryEachNoteAsTheirTooltipInTheReadersLanguage() throws Exception {
        String vietnamese = targetsHead("vi");
        assertThat(heading(vietnamese, NotedForm.BOTH_NAME)).contains("title=\"" + NotedForm.BOTH_VI + "\"");
        assertThat(heading(vietnamese, NotedForm.VI_ONLY_NAME)).contains("title=\"" + NotedForm.VI_ONLY_VI + "\"");
        assertThat(vietnamese).doesNotContain(NotedForm.BOTH_EN);

        String english = targetsHead("en");
        assertThat(heading(english, "Themed sessions held")).contains("title=\"" + NotedForm.BOTH_EN + "\"");
        assertThat(heading(english, NotedForm.VI_ONLY_NAME_EN))
                .as("no English note: the Vietnamese one rather than nothing")
                .contains("title=\"" + NotedForm.VI_ONLY_VI + "\"");
        assertThat(english).doesNotContain(NotedForm.BOTH_VI);
        assertThat(heading(english, NotedForm.NONE_NAME_EN)).doesNotContain("title=");
    }

    private String targetsHead(String lang) throws Exception {
        String html = TestPages.page(
                mvc, as("tinh-01"), "/targets/" + PROVINCE, "form", NotedForm.FORM, "period", PERIOD, "lang", lang);
        return html.substring(html.indexOf("<thead>"), html.indexOf("</thead>"));
    }

    /** The column heading that names the indicator. */
    private static String heading(String head, String name) {
        int at = head.indexOf(">" + name + "<");
        assertThat(at).as("heading " + name).isPositive();
        return head.substring(head.lastIndexOf("<th", at), head.indexOf("</th>", at));
    }
}
