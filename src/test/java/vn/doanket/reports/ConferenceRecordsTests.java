package vn.doanket.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;

/** Conferences of Bắc Kạn's successor province Thái Nguyên (19) are used by no other test. */
@IntegrationTest
class ConferenceRecordsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Conferences conferences;

    @Autowired
    vn.doanket.organization.OrgUnits units;

    @BeforeEach
    void accounts() {
        accounts.ensure();
    }

    RequestPostProcessor central() {
        return httpBasic("trunguong", TestAccounts.PASSWORD);
    }

    String body(String owner, LocalDate due) {
        return """
                {"kind":"QUARTERLY","heldOn":"2026-03-22","place":"Hội trường Ủy ban MTTQ tỉnh",
                 "chair":"Bà Lăng Thị Thanh - Phó Chủ tịch Thường trực","attendees":"Đại diện các tổ chức thành viên",
                 "reportPeriod":"2026Q1","conclusions":"Tập trung tuyên truyền, vận động Nhân dân.",
                 "tasks":[{"description":"Tổ chức Ngày hội Đại đoàn kết ở 100%% khu dân cư","ownerUnit":"%s","dueOn":"%s"}]}
                """
                .formatted(owner, due);
    }

    @Test
    void aConferenceIsRecordedWithItsMinutesAndItsOverdueTaskIsListedForTheOwner() throws Exception {
        mvc.perform(post("/api/v1/conferences/19")
                        .with(central())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("19", LocalDate.of(2026, 4, 30))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tasks[0].ownerCode").value("19"));
        long id = conferences.list("19").get(0).id();

        byte[] docx = mvc.perform(
                        get("/api/v1/conferences/19/{id}/minutes.docx", id).with(central()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText())
                    .contains("BIÊN BẢN")
                    .contains("Hội nghị giao ban công tác Mặt trận quý")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Báo cáo kết quả công tác Mặt trận quý I/2026")
                    .contains("Tổ chức Ngày hội Đại đoàn kết ở 100% khu dân cư")
                    .contains("30/04/2026")
                    .contains("Bà Lăng Thị Thanh");
        }

        mvc.perform(get("/api/v1/conferences/19/tasks/overdue").with(central()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].description").value("Tổ chức Ngày hội Đại đoàn kết ở 100% khu dân cư"));
        mvc.perform(get("/reports/19/conferences").with(officerOf("19")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Tổ chức Ngày hội Đại đoàn kết ở 100% khu dân cư")));
    }

    @Test
    void anOverdueTaskIsListedOnTheOwnerUnitsDashboardUntilItIsDone() throws Exception {
        String commune = "01849";
        String task = "Rà soát, lập danh sách hộ cần hỗ trợ nhà Đại đoàn kết năm 2026";
        mvc.perform(post("/api/v1/conferences/19")
                        .with(central())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(commune, LocalDate.of(2026, 2, 15))
                                .replace("Tổ chức Ngày hội Đại đoàn kết ở 100% khu dân cư", task)))
                .andExpect(status().isCreated());

        mvc.perform(get("/analytics").param("unit", commune).with(officerOf(commune)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Nhiệm vụ trọng tâm quá hạn (1)")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString(task)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("hạn 15/02/2026")));
        // the conference's own unit does not own the task: its dashboard does not list it
        mvc.perform(get("/analytics").param("unit", "19").with(officerOf("19")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString(task))));

        long id = conferences.overdue(commune, LocalDate.now()).get(0).id();
        conferences.complete(commune, id, LocalDate.now());
        mvc.perform(get("/analytics").param("unit", commune).with(officerOf(commune)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString(task))));
    }

    /** The pages sign in through a session, not HTTP Basic: an officer of the unit, as the page tests do. */
    RequestPostProcessor officerOf(String unitCode) {
        vn.doanket.organization.Unit home = units.get(unitCode);
        vn.doanket.platform.access.CurrentAccount account = new vn.doanket.platform.access.CurrentAccount(
                11,
                "tinh-" + unitCode,
                "Cán bộ tỉnh",
                home.id(),
                home.code(),
                home.name(),
                home.treePath(),
                java.util.Set.of(vn.doanket.platform.access.Role.OFFICER));
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .authentication(new org.springframework.security.authentication.TestingAuthenticationToken(
                new ReportEndpointsTests.Principal(account), null, "ROLE_OFFICER"));
    }

    @Test
    void aTaskCannotBeGivenToAUnitOutsideTheConferencesUnit() throws Exception {
        mvc.perform(post("/api/v1/conferences/19")
                        .with(central())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("01", LocalDate.of(2026, 4, 30))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.task-owner-outside"));
    }

    @Test
    void theConferencePageTellsWhyATaskIsRefusedInTheReadersLanguage() throws Exception {
        // a task given to Hà Nội (01) by Lai Châu's committee (19)
        assertThat(conferencePage("en", "2026-03-22", "Hội trường", "01"))
                .contains("is not part of")
                .doesNotContain("không thuộc");
        assertThat(conferencePage("vi", "2026-03-22", "Hội trường", "01")).contains("không thuộc");
    }

    @Test
    void theConferenceFormSaysWhatIsMissingInTheReadersLanguageAndKeepsWhatWasTyped() throws Exception {
        assertThat(conferencePage("en", "22/03/2026", "", ""))
                .contains("The date of the meeting is not a valid date; pick a date.")
                .contains("Enter where it was held.")
                .contains("Enter the code of the unit in charge of task 1.")
                .doesNotContain("Hãy nhập")
                .contains("Bà Lăng Thị Thanh");
        assertThat(conferencePage("vi", "22/03/2026", "", ""))
                .contains("Ngày họp không hợp lệ; hãy chọn ngày.")
                .contains("Hãy nhập địa điểm.")
                .contains("Hãy nhập mã đơn vị chủ trì nhiệm vụ 1.")
                .contains("Bà Lăng Thị Thanh");
    }

    /** Lai Châu's conference form sent from the page, in this language, with one task; the page it answers. */
    private String conferencePage(String lang, String heldOn, String place, String taskOwner) throws Exception {
        return mvc.perform(
                        post("/reports/19/conferences")
                                .with(officerOf("19"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("lang", lang)
                                .param("kind", "QUARTERLY")
                                .param("heldOn", heldOn)
                                .param("place", place)
                                .param("chair", "Bà Lăng Thị Thanh")
                                .param("taskText", "Tổ chức Ngày hội Đại đoàn kết")
                                .param("taskOwner", taskOwner)
                                .param("taskDue", "2026-04-30"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void minutesOfAnotherUnitsConferenceAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/conferences/19/{id}/minutes.docx", 987654321L).with(central()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("report.conference-not-found"));
    }
}
