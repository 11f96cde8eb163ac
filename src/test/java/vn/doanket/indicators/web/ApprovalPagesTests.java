package vn.doanket.indicators.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.doanket.IntegrationTest;
import vn.doanket.indicators.PeriodCalendar;
import vn.doanket.indicators.PeriodType;
import vn.doanket.indicators.Submissions;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.AccountHolder;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;

/** Sơn La (14) and its communes, used by no other test. */
@IntegrationTest
class ApprovalPagesTests {

    static final String PROVINCE = "14";

    @Autowired
    WebApplicationContext context;

    @Autowired
    OrgUnits units;

    @Autowired
    Submissions submissions;

    @Autowired
    PeriodCalendar calendar;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    record Principal(CurrentAccount account) implements AccountHolder, java.security.Principal {
        @Override
        public String getName() {
            return account.username();
        }
    }

    RequestPostProcessor as(String unitCode, Role role) {
        Unit home = units.get(unitCode);
        CurrentAccount account = new CurrentAccount(
                9, "tk-" + unitCode, "Cán bộ", home.id(), home.code(), home.name(), home.treePath(), Set.of(role));
        return authentication(new TestingAuthenticationToken(new Principal(account), null, "ROLE_" + role.name()));
    }

    String commune(int i) {
        return units.children(units.get(PROVINCE), LocalDate.now()).get(i).code();
    }

    String quarter() {
        return calendar.current(PeriodType.QUARTERLY).orElseThrow().previous().id();
    }

    @Test
    void provinceSeesWhoReportedAndWhoIsMissing() throws Exception {
        submissions.submit("BC_QUY_XA", commune(0), quarter());
        mvc.perform(get("/indicators/approvals")
                        .param("unit", PROVINCE)
                        .param("form", "BC_QUY_XA")
                        .param("period", quarter())
                        .with(as(PROVINCE, Role.LEADER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã gửi, chờ duyệt")))
                .andExpect(content().string(containsString("Chưa gửi")))
                .andExpect(content().string(containsString("Duyệt")));
    }

    @Test
    void provinceApprovesARowInPlace() throws Exception {
        String c = commune(1);
        submissions.submit("BC_QUY_XA", c, quarter());
        mvc.perform(post("/indicators/approvals/approve")
                        .with(as(PROVINCE, Role.LEADER))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("form", "BC_QUY_XA")
                        .param("unit", c)
                        .param("period", quarter())
                        .param("approver", PROVINCE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã duyệt")));
    }

    @Test
    void returnWithoutAReasonIsRefusedInTheRow() throws Exception {
        String c = commune(2);
        submissions.submit("BC_QUY_XA", c, quarter());
        mvc.perform(post("/indicators/approvals/return")
                        .with(as(PROVINCE, Role.LEADER))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("form", "BC_QUY_XA")
                        .param("unit", c)
                        .param("period", quarter())
                        .param("approver", PROVINCE)
                        .param("comment", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ghi rõ lý do")))
                .andExpect(content().string(containsString("Đã gửi, chờ duyệt")));
    }

    @Test
    void dataEntryAccountCannotApprove() throws Exception {
        String c = commune(3);
        submissions.submit("BC_QUY_XA", c, quarter());
        mvc.perform(post("/indicators/approvals/approve")
                        .with(as(PROVINCE, Role.DATA_ENTRY))
                        .with(csrf())
                        .param("form", "BC_QUY_XA")
                        .param("unit", c)
                        .param("period", quarter())
                        .param("approver", PROVINCE))
                .andExpect(status().isForbidden());
    }
}
