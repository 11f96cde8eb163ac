package vn.doanket.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.TestPages;
import vn.doanket.identity.Accounts;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValue;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.organization.OrgUnits;

/** A Front officer fills the form field by field; each field saves itself and says what happened. */
@IntegrationTest
class EntryPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    OrgUnits units;

    @Autowired
    DataEntry entry;

    @Autowired
    vn.doanket.indicators.Submissions submissions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        EntryTestAccounts.ensure(testAccounts, accounts, units);
    }

    RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(user));
    }

    static MockHttpServletRequestBuilder field(
            String unit, String period, String indicator, String value, int version) {
        return post("/data/{unit}/values", unit)
                .header("HX-Request", "true")
                .param("form", "BC_QUY_XA")
                .param("period", period)
                .param("indicator", indicator)
                .param("option", "DEFAULT")
                .param("value", value)
                .param("version", Integer.toString(version))
                .with(csrf());
    }

    @Test
    void formShowsEveryFieldWithItsAutosave() throws Exception {
        mvc.perform(get("/data/00004").param("form", "BC_QUY_XA").with(as("xa-00004")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("hx-trigger=\"input changed delay:600ms, change\"")))
                .andExpect(content().string(Matchers.containsString("Phường Ba Đình")))
                .andExpect(content().string(Matchers.containsString("/js/entry.js")));
    }

    @Test
    void formShowsEachIndicatorsNoteInTheReadersLanguage() throws Exception {
        mvc.perform(get("/data/" + EntryTestAccounts.COMMUNE)
                        .param("form", "BC_QUY_XA")
                        .param("lang", "en")
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cumulative to the end of the period.</small>")))
                .andExpect(content().string(Matchers.containsString("for example 54 units against a target of 44")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Lũy kế đến cuối kỳ."))));
        mvc.perform(get("/data/" + EntryTestAccounts.COMMUNE)
                        .param("form", "BC_QUY_XA")
                        .param("lang", "vi")
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lũy kế đến cuối kỳ.</small>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Cumulative to the end"))));
    }

    @Test
    void savesATypedFieldAndSaysWhen() throws Exception {
        mvc.perform(field("00004", "2026Q2", "BLOOD_UNITS", "1.204", 0).with(as("xa-00004")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")))
                .andExpect(content().string(Matchers.containsString("id=\"N-00004-BLOOD_UNITS-DEFAULT\"")));
        DataValue saved = entry.find("BLOOD_UNITS", "00004", "2026Q2", null).orElseThrow();
        assertThat(saved.number()).isEqualByComparingTo(new BigDecimal("1204"));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.updatedBy()).isEqualTo("xa-00004");
    }

    @Test
    void aStaleSaveIsToldWhoChangedItAndNothingIsOverwritten() throws Exception {
        mvc.perform(field("00004", "2026Q2", "VOTER_MEETINGS", "5", 0).with(as("xa-00004")))
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")));
        // a second officer still sees the empty field (version 0) and types 7
        mvc.perform(field("00004", "2026Q2", "VOTER_MEETINGS", "7", 0).with(as("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Giá trị đã được xa-00004 sửa thành 5 lúc")))
                .andExpect(content().string(Matchers.containsString("bạn nhập 7")))
                .andExpect(content().string(Matchers.containsString("Giữ giá trị của tôi")))
                .andExpect(content().string(Matchers.containsString("data-version=\"1\"")));
        assertThat(entry.find("VOTER_MEETINGS", "00004", "2026Q2", null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("5");
        // keeping theirs means saving again over the version now shown
        mvc.perform(field("00004", "2026Q2", "VOTER_MEETINGS", "7", 1).with(as("tinh-01")))
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")));
        assertThat(entry.find("VOTER_MEETINGS", "00004", "2026Q2", null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("7");
    }

    @Test
    void textInANumberFieldIsRefusedInlineAndNothingStored() throws Exception {
        mvc.perform(field("00004", "2026Q2", "VOTER_OPINIONS", "mười hai", 0).with(as("xa-00004")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("dk-error")))
                .andExpect(content().string(Matchers.containsString("không phải là số")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Đã lưu"))));
        assertThat(entry.find("VOTER_OPINIONS", "00004", "2026Q2", null)).isEmpty();
    }

    @Test
    void anEnglishReaderIsToldWhyInEnglish() throws Exception {
        mvc.perform(field("00004", "2026Q2", "VOTER_OPINIONS", "mười hai", 0)
                        .param("lang", "en")
                        .with(as("xa-00004")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("dk-error")))
                .andExpect(content().string(Matchers.containsString("is not a number")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("không phải là số"))));
        // a page refused as a whole says it in the reader's language too, Vietnamese by default
        mvc.perform(get("/data/00004")
                        .param("form", "KHONG_CO")
                        .param("lang", "en")
                        .with(as("xa-00004")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("No report form")));
        mvc.perform(get("/data/00004")
                        .param("form", "KHONG_CO")
                        .param("lang", "vi")
                        .with(as("xa-00004")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy biểu mẫu")));
        assertThat(entry.find("VOTER_OPINIONS", "00004", "2026Q2", null)).isEmpty();
    }

    @Test
    void aValueFarAboveTheUnitsHistoryIsSavedWithAWarning() throws Exception {
        String c = EntryTestAccounts.COMMUNE;
        entry.save(DataValueInput.typed("RECOMMENDATIONS", c, "2025Q3", null, "10", 0));
        entry.save(DataValueInput.typed("RECOMMENDATIONS", c, "2025Q4", null, "12", 0));
        entry.save(DataValueInput.typed("RECOMMENDATIONS", c, "2026Q2", null, "11", 0));
        mvc.perform(field(c, "2026Q3", "RECOMMENDATIONS", "95", 0).with(as(EntryTestAccounts.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")))
                .andExpect(content().string(Matchers.containsString("dk-warning")))
                .andExpect(content().string(Matchers.containsString("Giá trị 95 cao hơn 3 lần")));
        assertThat(entry.find("RECOMMENDATIONS", c, "2026Q3", null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("95");
        // an English reader is warned in English
        mvc.perform(field(c, "2026Q3", "RECOMMENDATIONS", "96", 1)
                        .param("lang", "en")
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("dk-warning")))
                .andExpect(content().string(Matchers.containsString("96 is more than 3 times the unit")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("cao hơn"))));
    }

    @Test
    void aUnitOutsideTheCallersSubtreeIsForbidden() throws Exception {
        mvc.perform(field(EntryTestAccounts.COMMUNE, "2026Q2", "CRITICISM_CONFERENCES", "3", 0)
                        .with(as("xa-00004")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/data/" + EntryTestAccounts.COMMUNE).with(as("xa-00004")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/data/01/grid").with(as("xa-00004"))).andExpect(status().isForbidden());
        assertThat(entry.find("CRITICISM_CONFERENCES", EntryTestAccounts.COMMUNE, "2026Q2", null))
                .isEmpty();
    }

    @Test
    void approvalLocksTheFormAndReturnUnlocksIt() throws Exception {
        mvc.perform(field(EntryTestAccounts.COMMUNE, "2026Q1", "CRITICISM_CONFERENCES", "4", 0)
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")));
        mvc.perform(post("/data/" + EntryTestAccounts.COMMUNE + "/submit")
                        .param("form", "BC_QUY_XA")
                        .param("period", "2026Q1")
                        .with(csrf())
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/data/" + EntryTestAccounts.COMMUNE)
                        .param("form", "BC_QUY_XA")
                        .param("period", "2026Q1")
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(content().string(Matchers.containsString("đang chờ cấp trên duyệt")))
                .andExpect(content().string(Matchers.containsString("disabled")));

        mvc.perform(get("/approvals/01")
                        .param("form", "BC_QUY_XA")
                        .param("period", "2026Q1")
                        .with(as("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("R-" + EntryTestAccounts.COMMUNE + "")));
        // the decided row comes back in place, with its new status
        mvc.perform(decide("approve", null))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"R-" + EntryTestAccounts.COMMUNE + "\"")))
                .andExpect(content().string(Matchers.containsString("Phúc Thịnh")))
                .andExpect(content().string(Matchers.containsString("Đã duyệt")));
        mvc.perform(field(EntryTestAccounts.COMMUNE, "2026Q1", "CRITICISM_CONFERENCES", "9", 1)
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(content().string(Matchers.containsString("đã được duyệt")));
        assertThat(entry.find("CRITICISM_CONFERENCES", EntryTestAccounts.COMMUNE, "2026Q1", null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("4");

        // a return needs a reason; then the form opens again
        mvc.perform(decide("return", "")).andExpect(status().isUnprocessableEntity());
        mvc.perform(decide("return", "Số giám sát chưa khớp biên bản"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã trả lại")))
                .andExpect(content().string(Matchers.containsString("Số giám sát chưa khớp biên bản")));
        mvc.perform(get("/data/" + EntryTestAccounts.COMMUNE)
                        .param("form", "BC_QUY_XA")
                        .param("period", "2026Q1")
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(content().string(Matchers.containsString("Số giám sát chưa khớp biên bản")));
        mvc.perform(field(EntryTestAccounts.COMMUNE, "2026Q1", "CRITICISM_CONFERENCES", "9", 1)
                        .with(as(EntryTestAccounts.OFFICER)))
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")));
    }

    @Test
    void aCommuneOfficerCannotApprove() throws Exception {
        mvc.perform(post("/approvals/00004/approve")
                        .param("form", "BC_QUY_XA")
                        .param("period", "2026Q1")
                        .param("of", "00004")
                        .with(csrf())
                        .with(as("xa-00004")))
                .andExpect(status().isForbidden());
    }

    @Test
    void completenessListsTheUnitsStillMissing() throws Exception {
        mvc.perform(get("/completeness/01")
                        .param("form", "BC_QUY_XA")
                        .param("period", "2025Q4")
                        .with(as("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Danh sách đơn vị cần nhắc")))
                .andExpect(content().string(Matchers.containsString("Phường Ba Đình")))
                // Hà Nội's communes are its children: a table of branches would only repeat the list
                .andExpect(content().string(Matchers.not(Matchers.containsString("completeness-branches"))));
    }

    @Test
    void completenessOfTheWholeCountryCountsProvincesInsteadOfListingEveryCommune() throws Exception {
        String page = TestPages.page(mvc, as("trunguong"), "/completeness/VN", "form", "BC_QUY_XA", "period", "2025Q4");
        int expected = submissions.completeness("BC_QUY_XA", "VN", "2025Q4").expected();
        assertThat(expected).isGreaterThan(ApprovalController.LISTED_UNITS);
        assertThat(page)
                .contains("Theo đơn vị trực thuộc", "id=\"completeness-too-many\"", "quá nhiều để liệt kê")
                .contains(String.format(java.util.Locale.GERMANY, "%,d", expected)) // 3.321: Vietnamese digits
                .contains("/completeness/12?form=BC_QUY_XA&amp;period=2025Q4\">Tỉnh Lai Châu</a>")
                .contains("/completeness/VN/xlsx?form=BC_QUY_XA&amp;period=2025Q4")
                .doesNotContain("id=\"reminder\"", "Phường Ba Đình");
    }

    @Test
    void theWholeCompletenessListDownloadsAsASpreadsheetMissingUnitsFirst() throws Exception {
        var c = submissions.completeness("BC_QUY_XA", "VN", "2025Q4");
        var started = mvc.perform(get("/completeness/VN/xlsx")
                        .param("form", "BC_QUY_XA")
                        .param("period", "2025Q4")
                        .with(as("trunguong")))
                .andExpect(request().asyncStarted())
                .andReturn();
        byte[] xlsx = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", Matchers.containsString("tien-do-VN-BC_QUY_XA-2025Q4.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + c.expected());
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Thuộc");
            java.util.List<String> codes = new java.util.ArrayList<>();
            java.util.List<String> branchNames = c.branches().stream()
                    .map(vn.doanket.indicators.CompletenessBranch::unitName)
                    .toList();
            boolean seenReported = false;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                codes.add(row.getCell(0).getStringCellValue());
                boolean missing = row.getCell(3).getStringCellValue().equals("Chưa gửi");
                assertThat(missing && seenReported)
                        .as("a missing unit after a reported one, row " + r)
                        .isFalse();
                seenReported |= !missing;
                assertThat(row.getCell(2).getStringCellValue()).isIn(branchNames);
            }
            assertThat(codes)
                    .containsExactlyInAnyOrderElementsOf(c.units().stream()
                            .map(vn.doanket.indicators.UnitCompleteness::unitCode)
                            .toList());
        }
    }

    @Test
    void aLongApprovalsListShowsThoseAwaitingADecisionFirst() throws Exception {
        // every commune of Hà Nội before the reform has sent its form of 2024Q3; the first 100 are approved
        var c = submissions.completeness("BC_QUY_XA", "01", "2024Q3");
        java.util.List<Long> ids = c.units().stream()
                .map(vn.doanket.indicators.UnitCompleteness::unitId)
                .toList();
        assertThat(ids).hasSizeGreaterThan(ApprovalController.LISTED_SUBMISSIONS + 100);
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql(
                            """
                            insert into ind_submission (form_id, unit_id, period_id, status, deadline, first_submitted_at,
                                   on_time, submitted_by, submitted_at)
                            select f.id, :u, '2024Q3', :status, date '2024-10-05', now(), true, 'test', now()
                            from ind_form f where f.code = 'BC_QUY_XA'
                            on conflict do nothing""")
                    .param("u", ids.get(i))
                    .param("status", i < 100 ? "APPROVED" : "SUBMITTED")
                    .update();
        }
        String page = TestPages.page(mvc, as("tinh-01"), "/approvals/01", "form", "BC_QUY_XA", "period", "2024Q3");
        assertThat(page.split("<tr id=\"R-", -1)).hasSize(ApprovalController.LISTED_SUBMISSIONS + 1);
        assertThat(page)
                .contains("Có " + (ids.size() - 100) + " báo cáo đang chờ duyệt")
                .contains("Hiển thị 300 trong " + ids.size() + " báo cáo")
                .contains("/approvals/"
                        + units.get(c.units().get(0).unitCode(), java.time.LocalDate.of(2024, 9, 30))
                                .parentCode() + "?form=BC_QUY_XA")
                // the approved ones come after the 300 waiting: none is shown
                .doesNotContain("text-bg-success");
    }

    private MockHttpServletRequestBuilder decide(String action, String comment) {
        MockHttpServletRequestBuilder b = post("/approvals/01/" + action)
                .header("HX-Request", "true")
                .param("form", "BC_QUY_XA")
                .param("period", "2026Q1")
                .param("of", EntryTestAccounts.COMMUNE)
                .with(csrf())
                .with(as("tinh-01"));
        return comment == null ? b : b.param("comment", comment);
    }
}
