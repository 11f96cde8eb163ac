package vn.doanket.indicators.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.doanket.IntegrationTest;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.NumberNotation;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.AccountHolder;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;

/** The catalogue's API and pages, by role. Đà Nẵng (48) and its communes; codes TAPI_*, forms TFA_*. */
@IntegrationTest
class CatalogueApiTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    OrgUnits units;

    @Autowired
    DataEntry entry;

    @Autowired
    IndicatorCatalogue catalogue;

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
                1, "qt." + unitCode, "Quản trị", home.id(), home.code(), home.name(), home.treePath(), Set.of(role));
        return authentication(new TestingAuthenticationToken(new Principal(account), null, "ROLE_" + role.name()));
    }

    static String indicator(String code, String type) {
        return """
                {"code": "%s", "nameVi": "Số buổi tập huấn", "nameEn": "Training sessions", "unitOfMeasureVi": "buổi",
                 "unitOfMeasureEn": "sessions", "valueType": "%s", "aggregation": "SUM", "timeAggregation": "SUM",
                 "levels": ["COMMUNE"]}"""
                .formatted(code, type);
    }

    @Test
    void centralAdministratorCreatesAnIndicatorThatTheCatalogueListsUnderTheContract() throws Exception {
        mvc.perform(post("/api/v1/indicators")
                        .with(as("VN", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(indicator("tapi_training", "INTEGER")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicator.code").value("TAPI_TRAINING"))
                .andExpect(jsonPath("$.hasValues").value(false));
        mvc.perform(get("/api/v1/indicators").with(as("48", Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'TAPI_TRAINING')].name").value("Số buổi tập huấn"))
                .andExpect(jsonPath("$[?(@.code == 'TAPI_TRAINING')].unitOfMeasure")
                        .value("buổi"))
                .andExpect(jsonPath("$[?(@.code == 'TAPI_TRAINING')].valueType").value("INTEGER"))
                .andExpect(
                        jsonPath("$[?(@.code == 'TAPI_TRAINING')].aggregation").value("SUM"))
                .andExpect(jsonPath("$[?(@.code == 'TAPI_TRAINING')].levels[0]").value("COMMUNE"));
    }

    /** {@link #indicator} with notes: the Vietnamese one, then extra JSON fields such as the English one. */
    static String noted(String code, String description, String extra) {
        return indicator(code, "INTEGER").replace("}", ", \"description\": \"%s\"%s}".formatted(description, extra));
    }

    @Test
    void englishNoteIsStoredAndReturnedAndKeptByACallerThatDoesNotSendIt() throws Exception {
        mvc.perform(post("/api/v1/indicators")
                        .with(as("VN", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(noted(
                                "TAPI_NOTED",
                                "Tính cả buổi tập huấn trực tuyến.",
                                ", \"descriptionEn\": \"Online sessions count too.\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.description").value("Tính cả buổi tập huấn trực tuyến."))
                .andExpect(jsonPath("$.descriptionEn").value("Online sessions count too."));
        mvc.perform(get("/api/v1/indicators/TAPI_NOTED").with(as("48", Role.VIEWER)))
                .andExpect(jsonPath("$.descriptionEn").value("Online sessions count too."));
        // a script written before the English note existed sends none: the note stays
        mvc.perform(put("/api/v1/indicators/TAPI_NOTED")
                        .with(as("VN", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(noted("TAPI_NOTED", "Tính cả buổi trực tuyến.", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("Tính cả buổi trực tuyến."))
                .andExpect(jsonPath("$.descriptionEn").value("Online sessions count too."));
        mvc.perform(put("/api/v1/indicators/TAPI_NOTED")
                        .with(as("VN", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(noted(
                                "TAPI_NOTED",
                                "Tính cả buổi trực tuyến.",
                                ", \"descriptionEn\": \"Online sessions included.\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.descriptionEn").value("Online sessions included."));
        assertThat(catalogue.get("TAPI_NOTED").descriptionEn()).isEqualTo("Online sessions included.");
        // the catalogue's contract does not grow
        mvc.perform(get("/api/v1/indicators").with(as("48", Role.VIEWER)))
                .andExpect(jsonPath("$[?(@.code == 'TAPI_NOTED')].code").value("TAPI_NOTED"))
                .andExpect(
                        jsonPath("$[?(@.code == 'TAPI_NOTED')].descriptionEn").isEmpty());
        // the page's editor stores it too, and an emptied field removes it
        mvc.perform(indicatorPage("TAPI_NOTED_PAGE", "Households helped to a livelihood", "SUM")
                        .param("description", "Chỉ tính hộ được hỗ trợ trong kỳ.")
                        .param("descriptionEn", "Only households helped in the period."))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.get("TAPI_NOTED_PAGE").descriptionEn()).isEqualTo("Only households helped in the period.");
        mvc.perform(get("/catalogue/indicators/TAPI_NOTED_PAGE").with(as("VN", Role.ADMIN)))
                .andExpect(
                        content().string(Matchers.containsString(">Only households helped in the period.</textarea>")));
        mvc.perform(indicatorEditPage("TAPI_NOTED_PAGE")
                        .param("description", "Chỉ tính hộ được hỗ trợ trong kỳ.")
                        .param("descriptionEn", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.get("TAPI_NOTED_PAGE").descriptionEn()).isNull();
    }

    @Test
    void tooLongEnglishNoteIsRefusedInTheReadersLanguageAndNothingIsStored() throws Exception {
        String tooLong = "x".repeat(1001);
        mvc.perform(post("/api/v1/indicators")
                        .with(as("VN", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(noted("TAPI_LONG_NOTE", "Ghi chú.", ", \"descriptionEn\": \"" + tooLong + "\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.errors.descriptionEn")
                                .value(
                                        "Ghi chú tiếng Anh dài 1001 ký tự, vượt quá mức tối đa 1000 ký tự. Hãy rút gọn rồi lưu lại."));
        assertThat(catalogue.find("TAPI_LONG_NOTE")).isEmpty();
        mvc.perform(indicatorPage("TAPI_LONG_NOTE", "Households helped to a livelihood", "SUM")
                        .param("descriptionEn", tooLong)
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                "The English note is 1001 characters long, over the limit of 1000. Please shorten it")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Ghi chú tiếng Anh dài"))))
                // what was typed is kept
                .andExpect(content().string(Matchers.containsString(tooLong + "</textarea>")));
        assertThat(catalogue.find("TAPI_LONG_NOTE")).isEmpty();
        // an edit of an indicator that has an English note keeps the note it had
        mvc.perform(indicatorPage("TAPI_LONG_NOTE", "Households helped to a livelihood", "SUM")
                        .param("descriptionEn", "Households helped in the period."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(indicatorEditPage("TAPI_LONG_NOTE").param("descriptionEn", tooLong))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ghi chú tiếng Anh dài 1001 ký tự")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("The English note is"))));
        assertThat(catalogue.get("TAPI_LONG_NOTE").descriptionEn()).isEqualTo("Households helped in the period.");
    }

    @Test
    void catalogueShowsEachNoteInTheReadersLanguageAndTheVietnameseOneWhereNoEnglishWasWritten() throws Exception {
        mvc.perform(post("/api/v1/indicators")
                        .with(as("VN", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(noted("TAPI_VI_NOTE", "Chỉ có ghi chú tiếng Việt.", "")))
                .andExpect(status().isCreated());
        mvc.perform(get("/catalogue").param("lang", "en").with(as("VN", Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        Matchers.containsString(
                                                "Measured against the assigned target, for example 54 units against a target of 44, or 123%.")))
                .andExpect(content().string(Matchers.containsString("Cumulative to the end of the period.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("So với chỉ tiêu giao"))))
                .andExpect(content().string(Matchers.containsString("Chỉ có ghi chú tiếng Việt.")));
        mvc.perform(get("/catalogue").param("lang", "vi").with(as("VN", Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("So với chỉ tiêu giao, ví dụ 54/44 đơn vị, đạt 123%.")))
                .andExpect(
                        content().string(Matchers.not(Matchers.containsString("Measured against the assigned target"))))
                .andExpect(content().string(Matchers.containsString("Chỉ có ghi chú tiếng Việt.")));
    }

    @Test
    void onlyCentralAdministratorsEditTheCatalogue() throws Exception {
        mvc.perform(post("/api/v1/indicators")
                        .with(as("48", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(indicator("TAPI_PROVINCIAL", "INTEGER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Trung ương")));
        mvc.perform(post("/api/v1/indicators")
                        .with(as("VN", Role.LEADER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(indicator("TAPI_LEADER", "INTEGER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators/TAPI_PROVINCIAL").with(as("VN", Role.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidIndicatorIs422WithAVietnameseMessagePerField() throws Exception {
        mvc.perform(post("/api/v1/indicators")
                        .with(as("VN", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(indicator("9 sai", "SỐ")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ind.catalogue-invalid"))
                .andExpect(jsonPath("$.errors.code").value(Matchers.containsString("không hợp lệ")))
                .andExpect(jsonPath("$.errors.valueType").value(Matchers.containsString("không có trong danh sách")));
    }

    @Test
    void changingTheTypeOfAnIndicatorWithValuesIsRefused() throws Exception {
        mvc.perform(post("/api/v1/indicators")
                        .with(as("VN", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(indicator("TAPI_TYPED", "INTEGER")))
                .andExpect(status().isCreated());
        mvc.perform(
                        post("/api/v1/forms")
                                .with(as("VN", Role.ADMIN))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"code": "TFA_TYPED", "nameVi": "Biểu thử", "nameEn": "Test", "periodType": "QUARTERLY",
                                 "levels": ["COMMUNE"], "deadlineDays": "5", "indicators": ["TAPI_TYPED"]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicators[0]").value("TAPI_TYPED"));
        String commune = units.children(units.get("48"), java.time.LocalDate.now())
                .get(0)
                .code();
        entry.save(new DataValueInput("TAPI_TYPED", commune, "2025Q4", null, "3", null, null, NumberNotation.PLAIN));
        mvc.perform(put("/api/v1/indicators/TAPI_TYPED")
                        .with(as("VN", Role.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(indicator("TAPI_TYPED", "MONEY")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.valueType").value(Matchers.containsString("đã có số liệu")));
        mvc.perform(post("/api/v1/indicators/TAPI_TYPED/retire").with(as("VN", Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retired").value(true));
        // the catalogue still lists it, for its history, flagged so scripts stop sending values for it
        mvc.perform(get("/api/v1/indicators").with(as("48", Role.VIEWER)))
                .andExpect(jsonPath("$[?(@.code == 'TAPI_TYPED')].retired").value(true))
                .andExpect(jsonPath("$[?(@.code == 'BLOOD_UNITS')].retired").value(false));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                "/api/v1/indicators/TAPI_TYPED")
                        .with(as("VN", Role.ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("không xóa được")));
    }

    @Test
    void provincialAdministratorAssignsAFormOnlyWithinTheProvince() throws Exception {
        mvc.perform(post("/api/v1/forms/BC_NAM_KDC/assignments?level=RESIDENTIAL_AREA&root=48")
                        .with(as("48", Role.ADMIN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.root").value("48"));
        mvc.perform(post("/api/v1/forms/BC_NAM_KDC/assignments?level=RESIDENTIAL_AREA&root=51")
                        .with(as("48", Role.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/forms/BC_NAM_KDC/assignments?level=RESIDENTIAL_AREA")
                        .with(as("48", Role.ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("cả nước")));
        mvc.perform(post("/api/v1/forms/BC_NAM_KDC/assignments?level=RESIDENTIAL_AREA&root=48")
                        .with(as("48", Role.OFFICER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesShowTheCatalogueAndKeepWhatWasTypedWhenRefused() throws Exception {
        mvc.perform(get("/catalogue").with(as("VN", Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("BC_QUY_XA")))
                .andExpect(content().string(Matchers.containsString("Tạo chỉ tiêu")));
        mvc.perform(get("/catalogue/indicators/BLOOD_UNITS").with(as("VN", Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Số đơn vị máu hiến được")))
                .andExpect(content().string(Matchers.containsString("Nguồn kinh phí")));
        // in English the page's own words, the indicator's name in its title and the breakdowns are English
        mvc.perform(get("/catalogue/indicators/BLOOD_UNITS").param("lang", "en").with(as("VN", Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1 class=\"h4\">Units of blood given</h1>")))
                .andExpect(content().string(Matchers.containsString(">Funding source</option>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Nguồn kinh phí"))));
        mvc.perform(get("/catalogue/forms/BC_QUY_XA").with(as("48", Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Giao biểu mẫu")));
        mvc.perform(indicatorPage("TAPI_PAGE", "", "COUNT_YES"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa lưu")))
                .andExpect(content().string(Matchers.containsString("chỉ dùng cho chỉ tiêu kiểu Có/Không")))
                .andExpect(content().string(Matchers.containsString("Số hộ được hỗ trợ sinh kế")));
        mvc.perform(indicatorPage("TAPI_PAGE", "Households helped to a livelihood", "SUM"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/catalogue/indicators/TAPI_PAGE"));
        // an English reader is told beside each field, in English, even where a reason names other words
        mvc.perform(indicatorPage("TAPI_PAGE_EN", "", "COUNT_YES").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Counting or sharing yes answers only works")))
                .andExpect(content().string(Matchers.containsString("Please fill this in.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("chỉ dùng cho chỉ tiêu kiểu"))));
        mvc.perform(residentialAreaFormPage("TAPI_FORM_EN", "HH_TOTAL", "KHONG_CO")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No indicator &quot;KHONG_CO&quot;.")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "is not entered at any level of the form (residential areas).")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("cấp khu dân cư"))));
        mvc.perform(residentialAreaFormPage("TAPI_FORM_VI", "HH_TOTAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("của biểu mẫu (khu dân cư). Hãy thêm")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("is not entered"))));
        mvc.perform(post("/catalogue/indicators")
                        .with(as("48", Role.ADMIN))
                        .with(csrf())
                        .param("code", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/catalogue").with(as("48", Role.OFFICER))).andExpect(status().isForbidden());
    }

    /** The catalogue page's form for a commune-level whole number with this English name and rule. */
    private MockHttpServletRequestBuilder indicatorPage(String code, String nameEn, String aggregation) {
        return indicatorFields(post("/catalogue/indicators").param("code", code), nameEn, aggregation);
    }

    /** The catalogue page's form changing an indicator {@link #indicatorPage} made, with the same fields. */
    private MockHttpServletRequestBuilder indicatorEditPage(String code) {
        return indicatorFields(post("/catalogue/indicators/" + code), "Households helped to a livelihood", "SUM");
    }

    private MockHttpServletRequestBuilder indicatorFields(
            MockHttpServletRequestBuilder form, String nameEn, String aggregation) {
        return form.with(as("VN", Role.ADMIN))
                .with(csrf())
                .param("nameVi", "Số hộ được hỗ trợ sinh kế")
                .param("nameEn", nameEn)
                .param("unitOfMeasureVi", "hộ")
                .param("unitOfMeasureEn", "households")
                .param("valueType", "INTEGER")
                .param("aggregation", aggregation)
                .param("timeAggregation", "SUM")
                .param("levels", "COMMUNE");
    }

    /** The catalogue page's form for a yearly form filled by residential areas, with these indicators. */
    private MockHttpServletRequestBuilder residentialAreaFormPage(String code, String... indicators) {
        return post("/catalogue/forms")
                .with(as("VN", Role.ADMIN))
                .with(csrf())
                .param("code", code)
                .param("nameVi", "Biểu thử")
                .param("nameEn", "Trial form")
                .param("periodType", "YEARLY")
                .param("levels", "RESIDENTIAL_AREA")
                .param("deadlineDays", "10")
                .param("indicators", indicators);
    }
}
