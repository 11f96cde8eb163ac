package vn.doanket.indicators.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.doanket.IntegrationTest;
import vn.doanket.indicators.PeriodCalendar;
import vn.doanket.indicators.PeriodType;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.AccountHolder;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;

/** Lào Cai (15) and its communes, used by no other test. */
@IntegrationTest
class ReportingApiTests {

    static final String PROVINCE = "15";

    @Autowired
    WebApplicationContext context;

    @Autowired
    OrgUnits units;

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
                11, "tk-" + unitCode, "Cán bộ", home.id(), home.code(), home.name(), home.treePath(), Set.of(role));
        return authentication(new TestingAuthenticationToken(new Principal(account), null, "ROLE_" + role.name()));
    }

    String commune(int i) {
        return units.children(units.get(PROVINCE), LocalDate.now()).get(i).code();
    }

    String quarter() {
        return calendar.current(PeriodType.QUARTERLY).orElseThrow().previous().id();
    }

    String body(String unit, String comment) {
        return """
                {"form": "BC_QUY_XA", "unit": "%s", "period": "%s", "comment": %s}"""
                .formatted(unit, quarter(), comment == null ? "null" : "\"" + comment + "\"");
    }

    @Test
    void communeSubmitsProvinceApprovesAndCompletenessCountsIt() throws Exception {
        String c = commune(0);
        mvc.perform(post("/api/v1/submissions")
                        .with(as(c, Role.OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(c, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(post("/api/v1/submissions/approve")
                        .with(as(c, Role.OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(c, null)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ind.submission-not-above"));
        mvc.perform(post("/api/v1/submissions/approve")
                        .with(as(PROVINCE, Role.LEADER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(c, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/forms/BC_QUY_XA/completeness")
                        .param("unit", PROVINCE)
                        .param("period", quarter())
                        .with(as(PROVINCE, Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved").value(1))
                .andExpect(jsonPath("$.missing.length()").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    @Test
    void returnWithoutCommentIs422() throws Exception {
        String c = commune(1);
        mvc.perform(post("/api/v1/submissions")
                        .with(as(c, Role.OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(c, null)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/submissions/return")
                        .with(as(PROVINCE, Role.LEADER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(c, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ind.submission-comment-required"));
    }

    @Test
    void submittingForAUnitOutsideTheSubtreeIsForbidden() throws Exception {
        mvc.perform(post("/api/v1/submissions")
                        .with(as(commune(2), Role.OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(commune(3), null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void provinceSetsATargetForACommune() throws Exception {
        String c = commune(4);
        mvc.perform(put("/api/v1/targets")
                        .with(as(PROVINCE, Role.LEADER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"indicator": "BLOOD_UNITS", "unit": "%s", "period": "2025Q4", "value": "44"}"""
                                        .formatted(c)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(44));
        mvc.perform(get("/api/v1/targets")
                        .param("unit", c)
                        .param("period", "2025Q4")
                        .with(as(c, Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].indicatorCode").value("BLOOD_UNITS"));
    }

    @Test
    void formsAreListedWithTheirIndicators() throws Exception {
        mvc.perform(get("/api/v1/forms").with(as(PROVINCE, Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'BC_QUY_XA')].periodType").value("QUARTERLY"));
    }
}
