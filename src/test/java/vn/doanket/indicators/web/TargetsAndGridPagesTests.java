package vn.doanket.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.identity.Accounts;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.Targets;

/** A province sets targets for its communes; the commune sees target and achievement by its field. */
@IntegrationTest
class TargetsAndGridPagesTests {

    private static final String PERIOD = "2026Q2";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Accounts accounts;

    @Autowired
    Targets targets;

    @Autowired
    DataEntry entry;

    @BeforeEach
    void accounts() {
        testAccounts.ensure();
    }

    RequestPostProcessor as(String user) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(user));
    }

    @Test
    void aProvinceSetsACommuneTargetAndTheCommuneSeesItsAchievement() throws Exception {
        mvc.perform(get("/targets/01")
                        .param("form", "BC_QUY_XA")
                        .param("period", PERIOD)
                        .with(as("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("V-T-00008-DIGITAL_ID_ACTIVATED")));
        mvc.perform(post("/targets/01/values")
                        .param("of", "00008")
                        .param("indicator", "DIGITAL_ID_ACTIVATED")
                        .param("period", PERIOD)
                        .param("value", "5.000")
                        .with(csrf())
                        .with(as("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")));
        assertThat(targets.find("DIGITAL_ID_ACTIVATED", "00008", PERIOD)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("5000");

        mvc.perform(EntryPagesTests.field("00008", PERIOD, "DIGITAL_ID_ACTIVATED", "4.600", 0)
                        .with(as("xa-00008")))
                .andExpect(content().string(Matchers.containsString("đạt 92%")));
        mvc.perform(get("/data/00008")
                        .param("form", "BC_QUY_XA")
                        .param("period", PERIOD)
                        .with(as("xa-00008")))
                .andExpect(content().string(Matchers.containsString("Chỉ tiêu giao: 5.000")))
                .andExpect(content().string(Matchers.containsString("đạt 92%")));
    }

    @Test
    void aCommuneCannotSetTargetsForItsProvinceOrANeighbour() throws Exception {
        mvc.perform(post("/targets/01/values")
                        .param("of", "00004")
                        .param("indicator", "BLOOD_UNITS")
                        .param("period", PERIOD)
                        .param("value", "44")
                        .with(csrf())
                        .with(as("xa-00004")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/targets/00004/values")
                        .param("of", "00008")
                        .param("indicator", "BLOOD_UNITS")
                        .param("period", PERIOD)
                        .param("value", "44")
                        .with(csrf())
                        .with(as("xa-00004")))
                .andExpect(content().string(Matchers.containsString("dk-error")));
        assertThat(targets.find("BLOOD_UNITS", "00008", PERIOD)).isEmpty();
    }

    @Test
    void theProvinceGridHasARowPerCommuneAndItsCellsSaveLikeFields() throws Exception {
        mvc.perform(get("/data/01/grid")
                        .param("form", "BC_QUY_XA")
                        .param("period", PERIOD)
                        .with(as("tinh-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("V-00004-DEATHS-DEFAULT")))
                .andExpect(content().string(Matchers.containsString("V-00008-DEATHS-DEFAULT")));
        mvc.perform(EntryPagesTests.field("00008", PERIOD, "DEATHS", "17", 0).with(as("tinh-01")))
                .andExpect(content().string(Matchers.containsString("Đã lưu lúc")));
        assertThat(entry.find("DEATHS", "00008", PERIOD, null).orElseThrow().number())
                .isEqualByComparingTo("17");
        mvc.perform(get("/data/01")
                        .param("form", "BC_QUY_XA")
                        .param("period", PERIOD)
                        .with(as("tinh-01")))
                .andExpect(content().string(Matchers.containsString("id=\"subtree-totals\"")));
    }
}
