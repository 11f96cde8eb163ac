package vn.doanket.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.TestPages;
import vn.doanket.identity.Accounts;

@IntegrationTest
class ExtractionReviewTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        testAccounts.ensure();
    }

    private RequestPostProcessor page(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long upload(String username, String text) throws Exception {
        String location = mvc.perform(multipart("/reports/extractions")
                        .param("text", text)
                        .with(page(username))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/reports/extractions/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Map<String, Object> figure(long document, String text) {
        return jdbc.sql("select * from rep_extracted_figure where document_id = :d and span_text = :t")
                .param("d", document)
                .param("t", text)
                .query()
                .singleRow();
    }

    @Test
    void showsTheTextWithEveryFigureHighlightedAtItsSpan() throws Exception {
        long id = upload("xa-00004", "Quý I/2024 hiến 54/44 đơn vị máu, đạt 123% chỉ tiêu (Kết luận số 231-KL/TU).");
        mvc.perform(get("/reports/extractions/" + id).with(page("xa-00004")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">54/44 đơn vị máu</mark>")))
                .andExpect(content().string(containsString(">123%</mark>")))
                .andExpect(content().string(containsString("BLOOD_UNITS")));
        Map<String, Object> blood = figure(id, "54/44 đơn vị máu");
        assertThat(blood.get("span_start")).isEqualTo(16);
        assertThat(blood.get("proposed_period")).isEqualTo("2024Q1");
        assertThat(blood.get("status")).isEqualTo("PROPOSED");
    }

    @Test
    void eachFigureNamesItsProposedIndicatorWithItsNoteInTheReadersLanguage() throws Exception {
        long id = upload("xa-00004", "Quý I/2024 hiến 54/44 đơn vị máu.");
        String vietnamese = TestPages.page(mvc, page("xa-00004"), "/reports/extractions/" + id, "lang", "vi");
        assertThat(vietnamese)
                .contains("Số đơn vị máu hiến được")
                .contains("Cách tính: So với chỉ tiêu giao, ví dụ 54/44 đơn vị, đạt 123%.");
        String english = TestPages.page(mvc, page("xa-00004"), "/reports/extractions/" + id, "lang", "en");
        assertThat(english)
                .contains("Units of blood given")
                .contains("How it is counted: Measured against the assigned target, for example 54 units against a"
                        + " target of 44, or 123%.")
                .doesNotContain("Cách tính: So với");
        // the row a decision swaps in carries them too
        Map<String, Object> blood = figure(id, "54/44 đơn vị máu");
        mvc.perform(decide("reject", id, blood.get("id")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cách tính: So với chỉ tiêu giao")));
    }

    @Test
    void acceptedFigureBecomesADataValueThatNamesItsSource() throws Exception {
        long id = upload("xa-00004", "Quý I/2024 hiến 54/44 đơn vị máu, đạt 123% chỉ tiêu.");
        Map<String, Object> blood = figure(id, "54/44 đơn vị máu");
        mvc.perform(decide("accept", id, blood.get("id"))
                        .param("value", "54")
                        .param("indicator", "BLOOD_UNITS")
                        .param("period", "2024Q1")
                        .param("unitCode", "00004"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã chấp nhận")));
        Map<String, Object> after = figure(id, "54/44 đơn vị máu");
        assertThat(after.get("status")).isEqualTo("ACCEPTED");
        assertThat(after.get("data_value_id")).isNotNull();
        String comment = jdbc.sql("select comment from ind_data_value where id = :id")
                .param("id", after.get("data_value_id"))
                .query(String.class)
                .single();
        assertThat(comment).contains("Trích từ báo cáo #" + id).contains("54/44 đơn vị máu");
    }

    @Test
    void correctedAndRejectedFiguresAreRecordedAsSuch() throws Exception {
        long id = upload("xa-00004", "Trong năm 2025 trao quà cho 43 hộ, 21,5 triệu đồng; khu 4 có 12 cây.");
        Map<String, Object> households = figure(id, "43 hộ");
        // Tết gifts are reported quarterly: the indicators module refuses a yearly value, and the
        // figure stays to be reviewed, with the reason shown.
        mvc.perform(decide("accept", id, households.get("id"))
                        .param("value", "45")
                        .param("indicator", "TET_HOUSEHOLDS")
                        .param("period", "2025")
                        .param("option", "MTTQ"))
                .andExpect(status().isUnprocessableEntity());
        assertThat(figure(id, "43 hộ").get("status")).isEqualTo("PROPOSED");
        mvc.perform(decide("accept", id, households.get("id"))
                        .param("value", "45")
                        .param("indicator", "TET_HOUSEHOLDS")
                        .param("period", "2025Q4")
                        .param("option", "MTTQ"))
                .andExpect(status().isOk());
        assertThat(figure(id, "43 hộ").get("status")).isEqualTo("CORRECTED");
        assertThat(figure(id, "43 hộ").get("accepted_value").toString()).startsWith("45");

        Map<String, Object> trees = figure(id, "12 cây");
        mvc.perform(decide("reject", id, trees.get("id")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã loại")));
        assertThat(figure(id, "12 cây").get("status")).isEqualTo("REJECTED");

        // A second decision on the version already decided is refused, not silently applied.
        mvc.perform(decide("reject", id, trees.get("id"))).andExpect(status().isConflict());
    }

    @Test
    void aRefusedDecisionIsToldInTheReadersLanguage() throws Exception {
        long id = upload("xa-00004", "Trong năm 2025 trao quà cho 43 hộ.");
        Map<String, Object> households = figure(id, "43 hộ");
        mvc.perform(decide("accept", id, households.get("id"))
                        .param("lang", "en")
                        .param("value", "abc")
                        .param("indicator", "TET_HOUSEHOLDS")
                        .param("period", "2025Q4"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("cannot be read. Write it as a Vietnamese number")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("không đọc được"))));
        mvc.perform(decide("accept", id, households.get("id"))
                        .param("lang", "en")
                        .param("value", "45")
                        .param("period", "2025Q4"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose an indicator before accepting.")));
        mvc.perform(decide("accept", id, households.get("id"))
                        .param("lang", "vi")
                        .param("value", "abc")
                        .param("indicator", "TET_HOUSEHOLDS")
                        .param("period", "2025Q4"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("không đọc được. Viết số kiểu Việt Nam")));
        assertThat(figure(id, "43 hộ").get("status")).isEqualTo("PROPOSED");
    }

    @Test
    void anotherCommuneCannotSeeTheDocument() throws Exception {
        long id = upload("xa-00004", "Trao 43 hộ.");
        mvc.perform(get("/reports/extractions/" + id).with(page("xa-00008"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/extractions/" + id).with(page("tinh-01"))).andExpect(status().isOk());
    }

    @Test
    void aBadUploadKeepsThePageWithAMessage() throws Exception {
        mvc.perform(multipart("/reports/extractions")
                        .file(new MockMultipartFile(
                                "file", "anh.png", "image/png", "not a report".getBytes(StandardCharsets.UTF_8)))
                        .with(page("xa-00004"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(".docx")));
        mvc.perform(get("/reports/extractions").with(page("xa-00004"))).andExpect(status().isOk());
    }

    @Test
    void aBadUploadIsToldInTheReadersLanguage() throws Exception {
        mvc.perform(multipart("/reports/extractions")
                        .file(new MockMultipartFile(
                                "file", "anh.png", "image/png", "not a report".getBytes(StandardCharsets.UTF_8)))
                        .param("lang", "en")
                        .with(page("xa-00004"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a .txt or .docx file. Open the report in Word")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("không phải .txt hoặc .docx"))));
        mvc.perform(multipart("/reports/extractions")
                        .file(new MockMultipartFile(
                                "file", "anh.png", "image/png", "not a report".getBytes(StandardCharsets.UTF_8)))
                        .with(page("xa-00004"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải .txt hoặc .docx. Hãy mở báo cáo trong Word")));
    }

    @Test
    void anUploadedDocxIsKeptAsUploadedAndDownloadsFromTheReviewPage() throws Exception {
        byte[] docx = docx("Năm 2025, phường Ba Đình đã xây mới 12 nhà Đại đoàn kết, trị giá 1,2 tỷ đồng.");
        String location = mvc.perform(multipart("/reports/extractions")
                        .file(new MockMultipartFile("file", "bao-cao-ba-dinh.docx", "application/octet-stream", docx))
                        .with(page("tinh-01"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/reports/extractions/" + id).with(page("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/reports/extractions/" + id + "/original")))
                .andExpect(content().string(containsString("bao-cao-ba-dinh.docx")));
        byte[] back = mvc.perform(
                        get("/reports/extractions/" + id + "/original").with(page("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("bao-cao-ba-dinh.docx")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", containsString("wordprocessingml")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(back).isEqualTo(docx);
        // outside the uploader's subtree the file is refused like the document
        mvc.perform(get("/reports/extractions/" + id + "/original").with(page("xa-00008")))
                .andExpect(status().isForbidden());
        // a pasted text has no file: a clear message, not a 500
        long pasted = upload("tinh-01", "Năm 2025 trồng mới 300 cây xanh.");
        mvc.perform(get("/reports/extractions/" + pasted + "/original").with(page("tinh-01")))
                .andExpect(status().isNotFound());
    }

    @Test
    void unitNamesInTheTextResolveToCodesWithinTheReviewersSubtreeAndNamesakesAreLeftToPick() throws Exception {
        // Hà Nội's officer: "phường Ba Đình" is 00004 (the "Xã Ba Đình" of Thanh Hóa is outside the subtree)
        long hanoi = upload("tinh-01", "Năm 2025, phường Ba Đình đã xây mới 12 nhà Đại đoàn kết.");
        assertThat(figure(hanoi, "12 nhà").get("proposed_unit_code")).isEqualTo("00004");
        // nationally, the kind word tells the ward from the commune of the same name
        long national = upload("trunguong", "Năm 2025, phường Ba Đình đã xây mới 14 nhà Đại đoàn kết.");
        assertThat(figure(national, "14 nhà").get("proposed_unit_code")).isEqualTo("00004");
        // nine communes are called Tân Thành: none is chosen, the reviewer picks among them
        long namesakes = upload("trunguong", "Năm 2025, xã Tân Thành đã xây mới 3 nhà Đại đoàn kết.");
        Map<String, Object> f = figure(namesakes, "3 nhà");
        assertThat(f.get("proposed_unit_code")).isNull();
        assertThat((String) f.get("proposed_unit_candidates")).contains("Xã Tân Thành (");
        mvc.perform(get("/reports/extractions/" + namesakes).with(page("trunguong")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đơn vị cùng tên")))
                .andExpect(content()
                        .string(containsString("<select class=\"form-select form-select-sm\" name=\"unitCode\"")));
    }

    static byte[] docx(String text) throws java.io.IOException {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A reviewer's decision on a figure of the commune's document, as the review page sends it (htmx). */
    private MockHttpServletRequestBuilder decide(String decision, long document, Object figure) {
        return post("/reports/extractions/{d}/figures/{f}/" + decision, document, figure)
                .header("HX-Request", "true")
                .param("version", "0")
                .with(page("xa-00004"))
                .with(csrf());
    }
}
