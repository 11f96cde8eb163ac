package vn.doanket.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.TestPages;
import vn.doanket.identity.Accounts;
import vn.doanket.indicators.CatalogueEditor;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.FormEditor;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.Submissions;
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

    @Autowired
    DataEntry entry;

    @Autowired
    Submissions submissions;

    @Autowired
    TemplateWorkbook template;

    @BeforeEach
    void fixtures() {
        EntryTestAccounts.ensure(testAccounts, accounts, units);
        NotedForm.ensure(editor, formEditor, forms, catalogue);
    }

    RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(user));
    }

    @Test
    void theApproverOpeningASubmittedFormFromTheApprovalsListReadsEachNoteInTheirLanguage() throws Exception {
        // the approvals list shows no figures: a leader reviews them on the form each row links to
        String period = "2026Q2";
        if (submissions.find(NotedForm.FORM, EntryTestAccounts.COMMUNE, period).isEmpty()) {
            submissions.submit(NotedForm.FORM, EntryTestAccounts.COMMUNE, period);
        }
        String approvals =
                TestPages.page(mvc, as("tinh-01"), "/approvals/" + PROVINCE, "form", NotedForm.FORM, "period", period);
        String link = "/data/" + EntryTestAccounts.COMMUNE + "?form=" + NotedForm.FORM + "&amp;period=" + period;
        assertThat(approvals)
                .contains("id=\"R-" + EntryTestAccounts.COMMUNE + "\"")
                .contains(link);

        String vietnamese = reviewed(period, "vi");
        assertThat(vietnamese)
                .contains("dk-locked")
                .contains(NotedForm.BOTH_VI + "</small>")
                .contains(NotedForm.VI_ONLY_VI + "</small>")
                .doesNotContain(NotedForm.BOTH_EN);
        String english = reviewed(period, "en");
        assertThat(english)
                .contains(NotedForm.BOTH_EN + "</small>")
                .contains(NotedForm.VI_ONLY_VI + "</small>")
                .doesNotContain(NotedForm.BOTH_VI);
        assertThat(fieldOf(english, NotedForm.NONE))
                .contains(NotedForm.NONE_NAME_EN)
                .doesNotContain("dk-note");
    }

    private String reviewed(String period, String lang) throws Exception {
        return TestPages.page(
                mvc,
                as("tinh-01"),
                "/data/" + EntryTestAccounts.COMMUNE,
                "form",
                NotedForm.FORM,
                "period",
                period,
                "lang",
                lang);
    }

    /** The label of an indicator's field on the entry form. */
    private static String fieldOf(String html, String indicator) {
        int start = html.indexOf("for=\"V-" + EntryTestAccounts.COMMUNE + "-" + indicator + "-DEFAULT\"");
        assertThat(start).as("field of " + indicator).isPositive();
        return html.substring(start, html.indexOf("</label>", start));
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

    @Test
    void theGridListsEachNoteBelowItsTableForPhonesAndKeyboardsInTheReadersLanguage() throws Exception {
        // a heading's tooltip needs a mouse: the notes are also listed, in a <details> below the table
        String vietnamese = page("/data/" + PROVINCE + "/grid", "vi");
        assertThat(heading(head(vietnamese), NotedForm.BOTH_NAME))
                .as("the tooltip stays for a mouse")
                .contains("title=\"" + NotedForm.BOTH_VI + "\"");
        assertNotesListed(vietnamese, "Cách tính các chỉ tiêu");
        assertEnglishNotesListed(page("/data/" + PROVINCE + "/grid", "en"));
    }

    @Test
    void theTargetsPageListsEachNoteBelowItsTableForPhonesAndKeyboardsInTheReadersLanguage() throws Exception {
        String vietnamese = page("/targets/" + PROVINCE, "vi");
        assertNotesListed(vietnamese, "Cách tính các chỉ tiêu");
        assertEnglishNotesListed(page("/targets/" + PROVINCE, "en"));
    }

    private String page(String path, String lang) throws Exception {
        return TestPages.page(mvc, as("tinh-01"), path, "form", NotedForm.FORM, "period", PERIOD, "lang", lang);
    }

    private static void assertNotesListed(String vietnamese, String summary) {
        String notes = notes(vietnamese);
        assertThat(notes)
                .contains(summary)
                .contains(note(NotedForm.BOTH_NAME, NotedForm.BOTH_VI))
                .contains(note(NotedForm.VI_ONLY_NAME, NotedForm.VI_ONLY_VI))
                .as("an indicator without a note is not listed")
                .doesNotContain(NotedForm.NONE_NAME)
                .doesNotContain("<dd class=\"text-muted dk-note\"></dd>");
        assertThat(vietnamese).doesNotContain(NotedForm.BOTH_EN);
    }

    private static void assertEnglishNotesListed(String english) {
        assertThat(notes(english))
                .contains("How the indicators are counted")
                .contains(note("Themed sessions held", NotedForm.BOTH_EN))
                .as("no English note: the Vietnamese one rather than nothing")
                .contains(note(NotedForm.VI_ONLY_NAME_EN, NotedForm.VI_ONLY_VI))
                .doesNotContain(NotedForm.NONE_NAME_EN);
        assertThat(english).doesNotContain(NotedForm.BOTH_VI);
    }

    /** The list of notes, which must come after the table it explains. */
    private static String notes(String html) {
        int start = html.indexOf("<details class=\"small mt-2 dk-notes\"");
        assertThat(start).as("the list of notes").isPositive();
        assertThat(start).as("below the table").isGreaterThan(html.indexOf("</table>"));
        return html.substring(start, html.indexOf("</details>", start));
    }

    /** An indicator's name, then its note, as the list shows them. */
    private static String note(String name, String note) {
        return "<dt>" + name + "</dt><dd class=\"text-muted dk-note\">" + note + "</dd>";
    }

    private static String head(String html) {
        return html.substring(html.indexOf("<thead>"), html.indexOf("</thead>"));
    }

    @Test
    void theExcelTemplateCarriesEachNoteAsACommentInTheDownloadersLanguageAndStillUploadsBack() throws Exception {
        if (entry.find(NotedForm.BOTH, EntryTestAccounts.COMMUNE, PERIOD, null).isEmpty()) {
            entry.save(DataValueInput.typed(NotedForm.BOTH, EntryTestAccounts.COMMUNE, PERIOD, null, "12", 0));
        }
        byte[] vietnamese = templateIn("vi");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(vietnamese))) {
            Map<String, String> notes = notesByIndicator(wb.getSheet(TemplateWorkbook.SHEET));
            assertThat(notes)
                    .containsEntry(NotedForm.BOTH, NotedForm.BOTH_VI)
                    .containsEntry(NotedForm.VI_ONLY, NotedForm.VI_ONLY_VI)
                    .containsEntry(NotedForm.NONE, null);
            assertThat(helpLines(wb.getSheet("Hướng dẫn")))
                    .contains(NotedForm.BOTH_NAME + " | " + NotedForm.BOTH_VI)
                    .contains(NotedForm.VI_ONLY_NAME + " | " + NotedForm.VI_ONLY_VI)
                    .noneMatch(l -> l.startsWith(NotedForm.NONE_NAME));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templateIn("en")))) {
            Map<String, String> notes = notesByIndicator(wb.getSheet(TemplateWorkbook.SHEET));
            assertThat(notes)
                    .containsEntry(NotedForm.BOTH, NotedForm.BOTH_EN)
                    .as("no English note: the Vietnamese one rather than nothing")
                    .containsEntry(NotedForm.VI_ONLY, NotedForm.VI_ONLY_VI)
                    .containsEntry(NotedForm.NONE, null);
            assertThat(helpLines(wb.getSheet("Instructions")))
                    .contains("Themed sessions held | " + NotedForm.BOTH_EN)
                    .contains(NotedForm.VI_ONLY_NAME_EN + " | " + NotedForm.VI_ONLY_VI);
        }

        // the comments are no part of what the upload reads: the template comes back as it went out
        mvc.perform(upload(vietnamese))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("0 giá trị mới, 0 giá trị sửa, 1 giá trị không đổi")));
        // and filled in, as saved again by a spreadsheet program that keeps the comments
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(vietnamese))) {
            for (Row row : wb.getSheet(TemplateWorkbook.SHEET)) {
                if (NotedForm.VI_ONLY.equals(code(row))) {
                    row.createCell(8).setCellValue(4);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            filled = out.toByteArray();
        }
        mvc.perform(upload(filled))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 giá trị mới, 0 giá trị sửa")));
        assertThat(entry.find(NotedForm.VI_ONLY, EntryTestAccounts.COMMUNE, PERIOD, null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("4");
    }

    @Test
    void aTemplateOfManyUnitsStopsAddingCommentsAtTheLimitAndStillListsEveryNote() throws Exception {
        // two noted inputs a unit: one unit past half the limit makes two notes too many
        int unitsPast = TemplateWorkbook.MAX_NOTES / 2 + 1;
        byte[] xlsx = template.write(
                forms.get(NotedForm.FORM),
                java.util.Collections.nCopies(unitsPast, units.get(EntryTestAccounts.COMMUNE)),
                Period.parse(PERIOD),
                units.get(PROVINCE),
                Locale.forLanguageTag("vi"));
        // 10,000 comments take POI's whole-workbook reader long to load: read the parts themselves
        String comments = part(xlsx, "xl/comments1.xml");
        assertThat(comments.split("<comment ref=", -1)).hasSize(TemplateWorkbook.MAX_NOTES + 1);
        int lastUnitsFirstRow = 3 * unitsPast - 1; // 1-based: the header, then three rows a unit
        assertThat(comments)
                .as("the first units' rows carry them, the last unit's not")
                .contains("<comment ref=\"D2\"")
                .doesNotContain("<comment ref=\"D" + lastUnitsFirstRow + "\"");
        String help = part(xlsx, "xl/worksheets/sheet2.xml");
        assertThat(help.split(java.util.regex.Pattern.quote(NotedForm.BOTH_VI), -1))
                .as("every note once on the help sheet")
                .hasSize(2);
        assertThat(help).contains(NotedForm.VI_ONLY_VI);
    }

    /** A part of the file, read as the national template's test reads its sheet (a stream of it is refused). */
    private static String part(byte[] xlsx, String name) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("mau-nhieu-don-vi", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                var entry = zip.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private byte[] templateIn(String lang) throws Exception {
        return TestPages.download(
                mvc,
                as(EntryTestAccounts.OFFICER),
                "/data/" + EntryTestAccounts.COMMUNE + "/template.xlsx",
                "form",
                NotedForm.FORM,
                "period",
                PERIOD,
                "lang",
                lang);
    }

    /** Each indicator's row of the sheet → the comment on its name cell, null where there is none. */
    private static Map<String, String> notesByIndicator(Sheet sheet) {
        assertThat(sheet.getRow(0).getCell(3).getCellComment())
                .as("the header row carries no comment")
                .isNull();
        Map<String, String> notes = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            Comment c = row.getCell(3).getCellComment();
            notes.put(code(row), c == null ? null : c.getString().getString());
        }
        return notes;
    }

    private static String code(Row row) {
        return row.getCell(2) == null ? "" : row.getCell(2).getStringCellValue();
    }

    /** The help sheet's rows, cells joined by " | ". */
    private static java.util.List<String> helpLines(Sheet help) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (Row row : help) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            row.forEach(c -> cells.add(c.getStringCellValue()));
            lines.add(String.join(" | ", cells));
        }
        return lines;
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(byte[] xlsx) {
        return multipart("/data/" + EntryTestAccounts.COMMUNE + "/upload")
                .file(new MockMultipartFile("file", "mau-ghi-chu.xlsx", "application/octet-stream", xlsx))
                .param("form", NotedForm.FORM)
                .param("period", PERIOD)
                .with(csrf())
                .with(as(EntryTestAccounts.OFFICER));
    }
}
