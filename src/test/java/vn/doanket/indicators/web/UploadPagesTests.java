package vn.doanket.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.Period;
import vn.doanket.organization.UnitKind;

/** The Excel template goes out pre-filled and comes back; a bad row stops the upload and is named. */
@IntegrationTest
class UploadPagesTests {

    private static final String PERIOD = "2026Q3";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    DataEntry entry;

    @Autowired
    vn.doanket.indicators.ReportForms forms;

    @Autowired
    vn.doanket.organization.OrgUnits units;

    @Autowired
    EntryFields fields;

    @Autowired
    TemplateWorkbook template;

    @BeforeEach
    void accounts() {
        testAccounts.ensure();
    }

    RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(user));
    }

    @Test
    void theNationalTemplateOfTheCommunesFormHoldsEveryCommuneAndATooLargeOneIsRefusedWithAMessage() throws Exception {
        var expected = forms.expectedUnits(forms.get("BC_QUY_XA"), units.get("VN"), Period.parse("2025Q4"));
        int perCommune =
                fields.columns(forms.get("BC_QUY_XA"), UnitKind.COMMUNE).size();
        String last = expected.get(expected.size() - 1).code();
        if (entry.find("BLOOD_UNITS", last, "2025Q4", null).isEmpty()) {
            entry.save(vn.doanket.indicators.DataValueInput.typed("BLOOD_UNITS", last, "2025Q4", null, "7", 0));
        }
        byte[] national = TestPages.download(
                mvc, as("trunguong"), "/data/VN/template.xlsx", "form", "BC_QUY_XA", "period", "2025Q4");
        // a sheet of 230,000 rows is more than POI reads into memory: count its rows in the file itself
        String sheetXml;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("mau-toan-quoc", ".xlsx");
        try {
            java.nio.file.Files.write(file, national);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                sheetXml = new String(
                        zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))
                                .readAllBytes(),
                        StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(sheetXml).isNotNull();
        assertThat(sheetXml.split("<row ", -1)).hasSize(1 + 1 + expected.size() * perCommune);
        assertThat(sheetXml)
                .contains(">" + expected.get(expected.size() - 1).code() + "<")
                .contains("hidden=\"true\"");

        // and it comes back: read as it streams, where POI's whole-workbook reader refused its 150 MB sheet.
        // The template holds the figure of the last commune, stored before it was made.
        mvc.perform(multipart("/data/VN/upload")
                        .file(new MockMultipartFile("file", "mau-toan-quoc.xlsx", "application/octet-stream", national))
                        .param("form", "BC_QUY_XA")
                        .param("period", "2025Q4")
                        .with(csrf())
                        .with(as("trunguong")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("Đã lưu tệp mau-toan-quoc.xlsx: 0 giá trị mới, 0 giá trị sửa")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Không đọc được tệp"))));

        // a template past what one sheet holds (a national one of the residential areas' form) is refused before
        // anything is read, with what to do instead
        var commune = expected.get(0);
        int tooMany = TemplateWorkbook.MAX_ROWS / perCommune + 1;
        assertThatThrownBy(() -> template.write(
                        forms.get("BC_QUY_XA"),
                        java.util.Collections.nCopies(tooMany, commune),
                        Period.parse("2025Q4"),
                        units.get("VN"),
                        java.util.Locale.forLanguageTag("vi")))
                .isInstanceOfSatisfying(vn.doanket.platform.DomainException.class, e -> assertThat(e.status())
                        .isEqualTo(422))
                .hasMessageContaining(String.format(java.util.Locale.GERMANY, "%,d dòng", (long) tooMany * perCommune))
                .hasMessageContaining("vượt giới hạn 1.048.575 dòng")
                .hasMessageContaining("từng tỉnh");
    }

    @Test
    void aFileWithNoValueSaysSoInsteadOfShowingNothing() throws Exception {
        byte[] csv = "Mã đơn vị,Mã chỉ tiêu,Mã nhóm,Kỳ,Giá trị,Ghi chú\n00004,BLOOD_UNITS,,2026Q3,,\n"
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload(csv, "trong.csv", false))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tệp trong.csv không có giá trị nào để lưu")));
    }

    @Test
    void anUploadWithOneBadRowStoresNothingAndNamesSheetRowAndColumn() throws Exception {
        byte[] template = mvc.perform(get("/data/00004/template.xlsx")
                        .param("form", "BC_QUY_XA")
                        .param("period", PERIOD)
                        .with(as("xa-00004")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        int badRow;
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheet(TemplateWorkbook.SHEET);
            assertThat(sheet.isColumnHidden(0)).as("unit code column hidden").isTrue();
            assertThat(sheet.isColumnHidden(2))
                    .as("indicator code column hidden")
                    .isTrue();
            badRow = 0;
            for (Row row : sheet) {
                String code = row.getCell(2) == null ? "" : row.getCell(2).getStringCellValue();
                if (code.equals("ENLISTMENT")) {
                    row.createCell(8).setCellValue(17);
                } else if (code.equals("DEATHS")) {
                    row.createCell(8).setCellValue("khoảng chục ca");
                    badRow = row.getRowNum() + 1;
                } else if (code.equals("CREMATIONS")) {
                    row.createCell(8).setCellValue("9");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            filled = out.toByteArray();
        }
        assertThat(badRow).isPositive();

        mvc.perform(upload(filled, "mau.xlsx", false))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("chưa có số liệu nào được lưu")))
                .andExpect(content().string(Matchers.containsString("<td>So lieu</td>")))
                .andExpect(content().string(Matchers.containsString("<td>" + badRow + "</td>")))
                .andExpect(content().string(Matchers.containsString("I – Giá trị")))
                .andExpect(content().string(Matchers.containsString("không phải là số")));
        assertThat(entry.find("ENLISTMENT", "00004", PERIOD, null)).isEmpty();
        assertThat(entry.find("CREMATIONS", "00004", PERIOD, null)).isEmpty();

        // asked to save the valid rows, the good ones are stored and the bad one is still listed
        mvc.perform(upload(filled, "mau.xlsx", true))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã lưu tệp mau.xlsx")))
                .andExpect(content().string(Matchers.containsString("<td>" + badRow + "</td>")));
        assertThat(entry.find("ENLISTMENT", "00004", PERIOD, null).orElseThrow().number())
                .isEqualByComparingTo("17");
        assertThat(entry.find("DEATHS", "00004", PERIOD, null)).isEmpty();
    }

    @Test
    void dhis2JsonAndCsvUploadsSaveByCode() throws Exception {
        String json =
                """
                {"period": "2026Q3", "orgUnit": "00004",
                 "dataValues": [{"dataElement": "BLOOD_REGISTERED", "value": "132"},
                                {"dataElement": "BLOOD_UNITS", "value": "54"}]}""";
        mvc.perform(upload(json.getBytes(StandardCharsets.UTF_8), "dhis2.json", false))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2 giá trị mới")));
        assertThat(entry.find("BLOOD_UNITS", "00004", PERIOD, null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("54");

        String csv = "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\n"
                + "VOTER_ATTENDANCE,2026Q3,00004,default,,1250\n";
        mvc.perform(upload(csv.getBytes(StandardCharsets.UTF_8), "dhis2.csv", false))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1 giá trị mới")));
        assertThat(entry.find("VOTER_ATTENDANCE", "00004", PERIOD, null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("1250");

        // a bad DHIS2 line is named by its line in the file; asked to, the good lines are saved
        String mixed = "dataelement,period,orgunit,value\n"
                + "VOTER_OPINIONS,2026Q3,00004,-4\n"
                + "PETITIONS_ANSWERED,2026Q3,00004,31\n";
        mvc.perform(upload(mixed.getBytes(StandardCharsets.UTF_8), "dhis2-loi.csv", false))
                .andExpect(content().string(Matchers.containsString("<td>2</td>")))
                .andExpect(content().string(Matchers.containsString("không thể âm")));
        assertThat(entry.find("PETITIONS_ANSWERED", "00004", PERIOD, null)).isEmpty();
        mvc.perform(upload(mixed.getBytes(StandardCharsets.UTF_8), "dhis2-loi.csv", true))
                .andExpect(content().string(Matchers.containsString("1 giá trị mới")))
                .andExpect(content().string(Matchers.containsString("<td>2</td>")));
        assertThat(entry.find("PETITIONS_ANSWERED", "00004", PERIOD, null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("31");
    }

    @Test
    void anUploadForAUnitOutsideTheCallersSubtreeIsRefusedRowByRow() throws Exception {
        String csv = "Mã đơn vị,Mã chỉ tiêu,Kỳ,Giá trị\n00008,ENLISTMENT,2026Q3,5\n";
        mvc.perform(upload(csv.getBytes(StandardCharsets.UTF_8), "khac.csv", false))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<td>khac.csv</td>")))
                .andExpect(content().string(Matchers.containsString("nằm ngoài phạm vi")));
        assertThat(entry.find("ENLISTMENT", "00008", PERIOD, null)).isEmpty();
    }

    @Test
    void anEnglishReaderIsToldWhatIsWrongAndWhatToCheckInEnglish() throws Exception {
        String mixed = "dataelement,period,orgunit,value\n"
                + "DRAFT_COMMENTS,2026Q3,00004,-4\n"
                + "CRITICISM_CONFERENCES,2026Q3,00004,3\n";
        mvc.perform(upload(mixed.getBytes(StandardCharsets.UTF_8), "dhis2-loi.csv", false)
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<td>2</td>")))
                .andExpect(content().string(Matchers.containsString("cannot be negative")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("không thể âm"))));
        mvc.perform(upload("{\"dataValues\": [".getBytes(StandardCharsets.UTF_8), "hong.json", false)
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is not valid JSON")));
        assertThat(entry.find("CRITICISM_CONFERENCES", "00004", PERIOD, null)).isEmpty();

        // a value far above the commune's history is saved, and the upload's summary warns in English
        entry.save(DataValueInput.typed("VOTER_OPINIONS", "00004", "2025Q3", null, "10", 0));
        entry.save(DataValueInput.typed("VOTER_OPINIONS", "00004", "2025Q4", null, "12", 0));
        entry.save(DataValueInput.typed("VOTER_OPINIONS", "00004", "2026Q1", null, "11", 0));
        String far = "dataelement,period,orgunit,value\nVOTER_OPINIONS,2026Q3,00004,400\n";
        mvc.perform(upload(far.getBytes(StandardCharsets.UTF_8), "dhis2.csv", false)
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2: 400 is more than 3 times the unit")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("cao hơn"))));
        assertThat(entry.find("VOTER_OPINIONS", "00004", PERIOD, null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("400");
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            byte[] bytes, String name, boolean partial) {
        var b = multipart("/data/00004/upload")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("form", "BC_QUY_XA")
                .param("period", PERIOD)
                .with(csrf())
                .with(as("xa-00004"));
        return partial ? b.param("partial", "true") : b;
    }
}
