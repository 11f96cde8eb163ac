package vn.doanket.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.TestPages;
import vn.doanket.analytics.Dashboards;
import vn.doanket.identity.Accounts;
import vn.doanket.indicators.CatalogueEditor;
import vn.doanket.indicators.FormEditor;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.web.NotedForm;

/**
 * The analytics pages name an indicator in their headings: under the name, how the indicator is counted, as
 * the entry form shows it; in the reader's language, the Vietnamese note where nobody wrote an English one,
 * and no empty line where the indicator has no note.
 */
@IntegrationTest
class IndicatorNoteAnalyticsPagesTests {

    private static final String PERIOD = "2026Q3";
    private static final String PROVINCE = "01";
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

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
        testAccounts.ensure();
        NotedForm.ensure(editor, formEditor, forms, catalogue);
    }

    RequestPostProcessor leader() {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("tinh-01"));
    }

    @Test
    void theDashboardShowsTheChosenIndicatorsNoteUnderEachHeadingThatNamesIt() throws Exception {
        String vietnamese = dashboard(NotedForm.BOTH, "vi");
        assertThat(after(vietnamese, "Diễn biến theo quý: " + NotedForm.BOTH_NAME))
                .startsWith(note(NotedForm.BOTH_VI));
        assertThat(after(vietnamese, "Theo đơn vị trực thuộc: " + NotedForm.BOTH_NAME))
                .startsWith(note(NotedForm.BOTH_VI));
        assertThat(vietnamese).doesNotContain(NotedForm.BOTH_EN);

        String english = dashboard(NotedForm.BOTH, "en");
        assertThat(after(english, "By quarter: " + NotedForm.BOTH_NAME_EN)).startsWith(note(NotedForm.BOTH_EN));
        assertThat(after(english, "By unit below: " + NotedForm.BOTH_NAME_EN)).startsWith(note(NotedForm.BOTH_EN));
        assertThat(english).doesNotContain(NotedForm.BOTH_VI);

        assertThat(after(dashboard(NotedForm.VI_ONLY, "en"), "By quarter: " + NotedForm.VI_ONLY_NAME_EN))
                .as("no English note: the Vietnamese one rather than nothing")
                .startsWith(note(NotedForm.VI_ONLY_VI));

        String none = dashboard(NotedForm.NONE, "en");
        assertThat(after(none, "By quarter: " + NotedForm.NONE_NAME_EN)).doesNotStartWith("<p");
        assertThat(after(none, "By unit below: " + NotedForm.NONE_NAME_EN)).doesNotStartWith("<p");
    }

    @Test
    void theIndicatorsToChooseFromShowTheirNotesWhenPointedAt() throws Exception {
        // the chosen one is TNOTE_NONE: the others' notes are in the list, not under a heading
        String vietnamese = dashboard(NotedForm.NONE, "vi");
        assertThat(option(vietnamese, NotedForm.BOTH)).contains("title=\"" + escaped(NotedForm.BOTH_VI) + "\"");
        assertThat(option(vietnamese, NotedForm.VI_ONLY)).contains("title=\"" + escaped(NotedForm.VI_ONLY_VI) + "\"");
        assertThat(option(vietnamese, NotedForm.NONE)).doesNotContain("title=");

        String english = dashboard(NotedForm.NONE, "en");
        assertThat(option(english, NotedForm.BOTH)).contains("title=\"" + escaped(NotedForm.BOTH_EN) + "\"");
        assertThat(option(english, NotedForm.VI_ONLY))
                .as("no English note: the Vietnamese one rather than nothing")
                .contains("title=\"" + escaped(NotedForm.VI_ONLY_VI) + "\"");
        assertThat(option(english, NotedForm.NONE)).doesNotContain("title=");
    }

    /** The indicator selector's option of this code, from its tag to its end. */
    private static String option(String html, String code) {
        int select = html.indexOf("id=\"a-indicator\"");
        int at = html.indexOf("<option value=\"" + code + "\"", select);
        assertThat(at).as("option " + code).isPositive();
        return html.substring(at, html.indexOf("</option>", at));
    }

    @Test
    void theDashboardsKeyFiguresEachShowTheirNoteInTheReadersLanguage() throws Exception {
        for (String lang : new String[] {"vi", "en"}) {
            Locale locale = lang.equals("en") ? EN : VI;
            String html = dashboard(NotedForm.BOTH, lang);
            int checked = 0;
            for (String code : Dashboards.KEY_INDICATORS) {
                Indicator key = catalogue.find(code).orElse(null);
                if (key == null) {
                    continue;
                }
                String card = card(html, key.name(locale));
                if (key.description(locale) == null) {
                    assertThat(card).as(code + " has no note").doesNotContain("dk-note");
                } else {
                    assertThat(card).as(code).contains(keyNote(key.description(locale)));
                    checked++;
                }
            }
            assertThat(checked).as("the seeded key indicators carry notes").isPositive();
        }
        Indicator share = catalogue.get("HH_CULTURAL_SHARE");
        if (share.descriptionEn() != null && share.descriptionVi() != null) {
            assertThat(dashboard(NotedForm.BOTH, "en")).doesNotContain(keyNote(share.descriptionVi()));
        }
    }

    @Test
    void theEntriesBehindAFigureShowTheIndicatorsNoteUnderItsName() throws Exception {
        String vietnamese = entries(NotedForm.BOTH, "vi");
        assertThat(underTitle(vietnamese, "Số liệu gốc: " + NotedForm.BOTH_NAME))
                .startsWith(note(NotedForm.BOTH_VI));
        assertThat(vietnamese).doesNotContain(NotedForm.BOTH_EN);

        String english = entries(NotedForm.BOTH, "en");
        assertThat(underTitle(english, "Entries behind: " + NotedForm.BOTH_NAME_EN))
                .startsWith(note(NotedForm.BOTH_EN));
        assertThat(english).doesNotContain(NotedForm.BOTH_VI);

        assertThat(underTitle(entries(NotedForm.VI_ONLY, "en"), "Entries behind: " + NotedForm.VI_ONLY_NAME_EN))
                .as("no English note: the Vietnamese one rather than nothing")
                .startsWith(note(NotedForm.VI_ONLY_VI));
        String none = entries(NotedForm.NONE, "en");
        assertThat(underTitle(none, "Entries behind: " + NotedForm.NONE_NAME_EN))
                .doesNotStartWith("<p class=\"small text-muted dk-note");
        assertThat(none).doesNotContain("dk-note");
    }

    @Test
    void theDashboardsDownloadsCarryTheNotesThePageShows() throws Exception {
        for (String table : new String[] {"trend", "children", "ranking"}) {
            assertThat(noteLine(export(table, NotedForm.BOTH, "vi")))
                    .as(table)
                    .isEqualTo("Cách tính: " + NotedForm.BOTH_VI);
            assertThat(noteLine(export(table, NotedForm.BOTH, "en")))
                    .as(table)
                    .isEqualTo("How it is counted: " + NotedForm.BOTH_EN);
        }
        assertThat(noteLine(export("trend", NotedForm.VI_ONLY, "en")))
                .as("no English note: the Vietnamese one rather than nothing")
                .isEqualTo("How it is counted: " + NotedForm.VI_ONLY_VI);
        assertThat(noteLine(export("trend", NotedForm.NONE, "en"))).isNull();

        for (String lang : new String[] {"vi", "en"}) {
            Locale locale = lang.equals("en") ? EN : VI;
            org.apache.poi.ss.usermodel.Sheet keys = export("keys", NotedForm.BOTH, lang);
            assertThat(keys.getRow(2).getCell(5).getStringCellValue())
                    .isEqualTo(lang.equals("en") ? "How it is counted" : "Cách tính");
            int noted = 0;
            for (int r = 3; r <= keys.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = keys.getRow(r);
                String expected =
                        catalogue.get(row.getCell(1).getStringCellValue()).description(locale);
                org.apache.poi.ss.usermodel.Cell cell = row.getCell(5);
                assertThat(cell == null ? null : cell.getStringCellValue())
                        .as(row.getCell(1).getStringCellValue())
                        .isEqualTo(expected);
                noted += expected == null ? 0 : 1;
            }
            assertThat(noted).as("the seeded key indicators carry notes").isPositive();
        }
    }

    /** The sheet's line under its title: the indicator's note, or null where there is none. */
    private static String noteLine(org.apache.poi.ss.usermodel.Sheet sheet) {
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(1);
        return row == null ? null : row.getCell(0).getStringCellValue();
    }

    private org.apache.poi.ss.usermodel.Sheet export(String table, String indicator, String lang) throws Exception {
        byte[] bytes = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/analytics/export")
                                .with(leader())
                                .param("table", table)
                                .param("unit", PROVINCE)
                                .param("period", PERIOD)
                                .param("indicator", indicator)
                                .param("lang", lang))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            return wb.getSheetAt(0);
        }
    }

    /** What follows the page's title, which must begin with {@code title}. */
    private static String underTitle(String html, String title) {
        int at = html.indexOf("<h1");
        assertThat(html.substring(html.indexOf('>', at) + 1)).startsWith(title);
        return html.substring(html.indexOf("</h1>", at) + "</h1>".length()).stripLeading();
    }

    private String dashboard(String indicator, String lang) throws Exception {
        return TestPages.page(
                mvc, leader(), "/analytics", "unit", PROVINCE, "period", PERIOD, "indicator", indicator, "lang", lang);
    }

    private String entries(String indicator, String lang) throws Exception {
        return TestPages.page(
                mvc,
                leader(),
                "/analytics/entries",
                "indicator",
                indicator,
                "unit",
                PROVINCE,
                "period",
                PERIOD,
                "lang",
                lang);
    }

    /** What follows the heading that reads {@code heading} (and the heading's row), blanks stripped. */
    private static String after(String html, String heading) {
        int at = html.indexOf(">" + heading + "</h");
        assertThat(at).as("heading " + heading).isPositive();
        int end = html.indexOf("</h", at);
        String rest = html.substring(html.indexOf('>', end) + 1).stripLeading();
        // a heading sits in a row with its download link: what follows the row
        if (rest.startsWith("<a ")) {
            rest = rest.substring(rest.indexOf("</div>") + "</div>".length()).stripLeading();
        }
        return rest;
    }

    private static String note(String text) {
        return "<p class=\"small text-muted dk-note\">" + text + "</p>";
    }

    private static String keyNote(String text) {
        return "<div class=\"small text-muted dk-note\">" + escaped(text) + "</div>";
    }

    /** Text as Thymeleaf writes it into the page. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A key figure's card, from its name to the end of the card. */
    private static String card(String html, String name) {
        int at = html.indexOf(">" + escaped(name) + "</div>");
        assertThat(at).as("card of " + name).isPositive();
        int next = html.indexOf("class=\"border rounded p-2 h-100\"", at);
        // the last card ends where the row of the trend and the ranking begins
        return html.substring(at, next < 0 ? html.indexOf("<div class=\"row g-3", at) : next);
    }
}
