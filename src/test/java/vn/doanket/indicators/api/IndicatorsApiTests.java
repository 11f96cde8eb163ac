package vn.doanket.indicators.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.AccountHolder;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;

/** Bắc Ninh-era codes are avoided; these are Lai Châu (12) communes, used by no other test. */
@IntegrationTest
class IndicatorsApiTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    OrgUnits units;

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

    RequestPostProcessor signedInAt(String unitCode, Role role) {
        Unit home = units.get(unitCode);
        CurrentAccount account = new CurrentAccount(
                1, "can.bo." + unitCode, "Cán bộ", home.id(), home.code(), home.name(), home.treePath(), Set.of(role));
        Authentication auth = new TestingAuthenticationToken(new Principal(account), null, "ROLE_" + role.name());
        return authentication(auth);
    }

    String communeOfLaiChau(int i) {
        return units.children(units.get("12"), java.time.LocalDate.now()).get(i).code();
    }

    @Test
    void catalogueListsCodesNamesUnitsTypesRulesAndLevels() throws Exception {
        mvc.perform(get("/api/v1/indicators").with(signedInAt("12", Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'BLOOD_UNITS')].name").value("Số đơn vị máu hiến được"))
                .andExpect(
                        jsonPath("$[?(@.code == 'BLOOD_UNITS')].unitOfMeasure").value("đơn vị máu"))
                .andExpect(jsonPath("$[?(@.code == 'BLOOD_UNITS')].valueType").value("INTEGER"))
                .andExpect(jsonPath("$[?(@.code == 'CREMATION_SHARE')].aggregation")
                        .value("RATIO"))
                .andExpect(jsonPath("$[?(@.code == 'BLOOD_UNITS')].levels[0]").value("COMMUNE"));
    }

    @Test
    void oneValueIsSavedAndAStaleVersionGets409WithTheCurrentValue() throws Exception {
        String commune = communeOfLaiChau(0);
        String body =
                """
                {"indicator": "BLOOD_UNITS", "unit": "%s", "period": "2025Q4", "value": 54, "version": 0}"""
                        .formatted(commune);
        mvc.perform(put("/api/v1/data-values")
                        .with(signedInAt(commune, Role.DATA_ENTRY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(54))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/data-values")
                        .with(signedInAt(commune, Role.DATA_ENTRY))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("54", "55")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ind.value-changed-by-someone-else"))
                .andExpect(jsonPath("$.current.number").value(54));
    }

    @Test
    void textInANumberFieldIs422WithAVietnameseDetail() throws Exception {
        String commune = communeOfLaiChau(1);
        mvc.perform(put("/api/v1/data-values")
                        .with(signedInAt(commune, Role.OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"indicator": "ENLISTMENT", "unit": "%s", "period": "2025Q4", "value": "mười"}"""
                                        .formatted(commune)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ind.value-not-a-number"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không phải là số")));
    }

    @Test
    void listWithARowOutsideTheCallersSubtreeStoresNothingAndNamesTheRow() throws Exception {
        String mine = communeOfLaiChau(2);
        String body =
                """
                [{"indicator": "DEATHS", "unit": "%s", "period": "2025Q4", "value": 3},
                 {"indicator": "DEATHS", "unit": "00004", "period": "2025Q4", "value": 3}]"""
                        .formatted(mine);
        mvc.perform(put("/api/v1/data-values")
                        .with(signedInAt(mine, Role.OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andExpect(jsonPath("$.errors[0].code").value("ind.unit-outside-scope"))
                .andExpect(jsonPath("$.errors[0].english").doesNotExist())
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Phường Ba Đình")));
        mvc.perform(get("/api/v1/data-values")
                        .param("unit", mine)
                        .param("period", "2025Q4")
                        .with(signedInAt(mine, Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void dhis2PayloadIsAppliedForTheProvincesCommunes() throws Exception {
        String commune = communeOfLaiChau(3);
        mvc.perform(post("/api/v1/data-value-sets")
                        .with(signedInAt("12", Role.OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"period": "2025Q4", "orgUnit": "%s", "dataValues": [
                                  {"dataElement": "VOTER_MEETINGS", "value": "4"},
                                  {"dataElement": "VOTER_OPINIONS", "value": "37"}]}"""
                                        .formatted(commune)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.warnings").isArray())
                .andExpect(jsonPath("$.english").doesNotExist());
    }

    @Test
    void viewerCannotEnterDataAndOthersSubtreeCannotBeRead() throws Exception {
        String commune = communeOfLaiChau(4);
        mvc.perform(put("/api/v1/data-values")
                        .with(signedInAt(commune, Role.VIEWER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"indicator": "DEATHS", "unit": "%s", "period": "2025Q4", "value": 1}"""
                                        .formatted(commune)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/data-values")
                        .param("unit", "00004")
                        .param("period", "2025Q4")
                        .with(signedInAt(commune, Role.VIEWER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void dhis2CsvUploadIsAllOrNothingAndNamesTheLine() throws Exception {
        String commune = communeOfLaiChau(5);
        String csv =
                """
                dataelement,period,orgunit,catoptcombo,value,comment
                DEATHS,2025Q4,%s,,17,
                CREMATIONS,2025Q4,%s,,chín,
                """
                        .formatted(commune, commune);
        mvc.perform(post("/api/v1/data-value-sets")
                        .with(signedInAt("12", Role.OFFICER))
                        .contentType("text/csv")
                        .content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("value"));
        mvc.perform(post("/api/v1/data-value-sets")
                        .with(signedInAt("12", Role.OFFICER))
                        .contentType("text/csv")
                        .content(csv.replace("chín", "9")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
    }
}
