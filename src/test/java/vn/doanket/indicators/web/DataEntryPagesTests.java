package vn.doanket.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.PeriodCalendar;
import vn.doanket.indicators.PeriodType;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.AccountHolder;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;

/** Điện Biên (11) communes, used by no other test. */
@IntegrationTest
class DataEntryPagesTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    OrgUnits units;

    @Autowired
    DataEntry entry;

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

    RequestPostProcessor officerOf(String unitCode) {
        Unit home = units.get(unitCode);
        CurrentAccount account = new CurrentAccount(
                7,
                "xa-" + unitCode,
                "Cán bộ xã",
                home.id(),
                home.code(),
                home.name(),
                home.treePath(),
                Set.of(Role.OFFICER));
        return authentication(new TestingAuthenticationToken(new Principal(account), null, "ROLE_OFFICER"));
    }

    String commune(int i) {
        return units.children(units.get("11"), LocalDate.now()).get(i).code();
    }

    String quarter() {
        return calendar.current(PeriodType.QUARTERLY).orElseThrow().previous().id();
    }

    @Test
    void formShowsEveryFieldOfTheQuarterlyReport() throws Exception {
        String c = commune(0);
        mvc.perform(get("/indicators/entry")
                        .param("unit", c)
                        .param("form", "BC_QUY_XA")
                        .param("period", quarter())
                        .with(officerOf(c)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số đơn vị máu hiến được")))
                .andExpect(content().string(containsString("Hội Liên hiệp Phụ nữ")))
                .andExpect(content().string(containsString("Chưa gửi")));
    }

    @Test
    void typedValueIsSavedAndTheRowComesBackWithItsNewVersion() throws Exception {
        String c = commune(1);
        mvc.perform(post("/indicators/entry/value")
                        .with(officerOf(c))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("form", "BC_QUY_XA")
                        .param("unit", c)
                        .param("period", quarter())
                        .param("indicator", "FUND_POOR_RAISED")
                        .param("option", "DEFAULT")
                        .param("value", "72.925.000")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"72.925.000\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
                .andExpect(content().string(containsString("Đã lưu")));
        assertThat(entry.find("FUND_POOR_RAISED", c, quarter(), null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("72925000");
    }

    @Test
    void refusedValueStaysInTheFieldWithTheReasonAndNothingIsStored() throws Exception {
        String c = commune(2);
        mvc.perform(post("/indicators/entry/value")
                        .with(officerOf(c))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("form", "BC_QUY_XA")
                        .param("unit", c)
                        .param("period", quarter())
                        .param("indicator", "ENLISTMENT")
                        .param("option", "DEFAULT")
                        .param("value", "mười hai")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"mười hai\"")))
                .andExpect(content().string(containsString("không phải là số")))
                .andExpect(content().string(not(containsString("Đã lưu"))));
        assertThat(entry.find("ENLISTMENT", c, quarter(), null)).isEmpty();
    }

    @Test
    void submittingShowsTheNewStatus() throws Exception {
        String c = commune(3);
        mvc.perform(post("/indicators/entry/submit")
                        .with(officerOf(c))
                        .with(csrf())
                        .param("form", "BC_QUY_XA")
                        .param("unit", c)
                        .param("period", quarter()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/indicators/entry")
                        .param("unit", c)
                        .param("form", "BC_QUY_XA")
                        .param("period", quarter())
                        .with(officerOf(c)))
                .andExpect(content().string(containsString("Đã gửi, chờ duyệt")));
    }

    @Test
    void anotherCommunesFormIsForbidden() throws Exception {
        mvc.perform(get("/indicators/entry").param("unit", commune(5)).with(officerOf(commune(4))))
                .andExpect(status().isForbidden());
    }
}
