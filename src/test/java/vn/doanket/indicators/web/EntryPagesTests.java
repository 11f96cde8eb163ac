package vn.doanket.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import vn.doanket.identity.Accounts;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValue;

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
    DataEntry entry;

    @BeforeEach
    void accounts() {
        testAccounts.ensure();
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
    void aUnitOutsideTheCallersSubtreeIsForbidden() throws Exception {
        mvc.perform(field("00008", "2026Q2", "CRITICISM_CONFERENCES", "3", 0).with(as("xa-00004")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/data/00008").with(as("xa-00004"))).andExpect(status().isForbidden());
        mvc.perform(get("/data/01/grid").with(as("xa-00004"))).andExpect(status().isForbidden());
        assertThat(entry.find("CRITICISM_CONFERENCES", "00008", "2026Q2", null)).isEmpty();
    }

    @Test
    void approvalLocksTheFormAndReturnUnlocksIt() throws Exception {
        mvc.perform(field("00008", "2026Q1", "CRITICISM_CONFERENCES", "4", 0).with(as("xa-00008")))
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")));
        mvc.perform(post("/data/00008/submit")
                        .param("form", "BC_QUY_XA")
                        .param("period", "2026Q1")
                        .with(csrf())
                        .with(as("xa-00008")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/data/00008")
                        .param("form", "BC_QUY_XA")
                        .param("period", "2026Q1")
                        .with(as("xa-00008")))
                .andExpect(content().string(Matchers.containsString("đang chờ cấp trên duyệt")))
                .andExpect(content().string(Matchers.containsString("disabled")));

        mvc.perform(get("/approvals/01")
                        .param("form", "BC_QUY_XA")
                        .param("period", "2026Q1")
                        .with(as("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("R-00008")));
        mvc.perform(decide("approve", null)).andExpect(status().isOk());
        mvc.perform(field("00008", "2026Q1", "CRITICISM_CONFERENCES", "9", 1).with(as("xa-00008")))
                .andExpect(content().string(Matchers.containsString("đã được duyệt")));
        assertThat(entry.find("CRITICISM_CONFERENCES", "00008", "2026Q1", null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("4");

        // a return needs a reason; then the form opens again
        mvc.perform(decide("return", "")).andExpect(status().isUnprocessableEntity());
        mvc.perform(decide("return", "Số giám sát chưa khớp biên bản")).andExpect(status().isOk());
        mvc.perform(get("/data/00008")
                        .param("form", "BC_QUY_XA")
                        .param("period", "2026Q1")
                        .with(as("xa-00008")))
                .andExpect(content().string(Matchers.containsString("Số giám sát chưa khớp biên bản")));
        mvc.perform(field("00008", "2026Q1", "CRITICISM_CONFERENCES", "9", 1).with(as("xa-00008")))
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
                .andExpect(content().string(Matchers.containsString("Phường Ba Đình")));
    }

    private MockHttpServletRequestBuilder decide(String action, String comment) {
        MockHttpServletRequestBuilder b = post("/approvals/01/" + action)
                .header("HX-Request", "true")
                .param("form", "BC_QUY_XA")
                .param("period", "2026Q1")
                .param("of", "00008")
                .with(csrf())
                .with(as("tinh-01"));
        return comment == null ? b : b.param("comment", comment);
    }
}
