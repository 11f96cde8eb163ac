package vn.doanket.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.doanket.IntegrationTest;
import vn.doanket.analytics.internal.RollupEngine;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Succession;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.AccountHolder;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;

/** The analytics API, the dashboard with its downloads, and the split-weight page, as a user meets them. */
@IntegrationTest
class AnalyticsWebTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    OrgUnits units;

    @Autowired
    RollupEngine engine;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Analytics analytics;

    @Autowired
    vn.doanket.analytics.internal.Hierarchy hierarchy;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    record Principal(CurrentAccount account) implements AccountHolder {}

    RequestPostProcessor signedInAt(Unit home, Role role) {
        CurrentAccount account = new CurrentAccount(
                1,
                "can.bo." + home.code(),
                "Cán bộ",
                home.id(),
                home.code(),
                home.name(),
                home.treePath(),
                Set.of(role));
        return authentication(new TestingAuthenticationToken(new Principal(account), null, "ROLE_" + role.name()));
    }

    void save(String indicator, Unit unit, String period, String value) {
        engine.apply(List.of(new ValueChange(
                catalogue.get(indicator).id(), unit.id(), null, Period.parse(period), new BigDecimal(value))));
    }

    Unit communeOf(String province, int i) {
        return units.children(units.get(province), LocalDate.now()).get(i);
    }

    @Test
    void apiGivesTheNationalTotalAndOneRowPerProvince() throws Exception {
        Unit commune = communeOf("79", 0);
        save("OUTREACH_SESSIONS", commune, "2921Q1", "12");
        save("OUTREACH_SESSIONS", commune, "2921Q3", "8");
        mvc.perform(get("/api/v1/analytics?indicator=OUTREACH_SESSIONS&unit=VN&period=2921")
                        .with(signedInAt(units.root(), Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unit").value("VN"))
                .andExpect(jsonPath("$[0].period").value("2921"))
                .andExpect(jsonPath("$[0].value").value(20));
        mvc.perform(get("/api/v1/analytics?indicator=OUTREACH_SESSIONS&unit=VN&period=2921&by=children")
                        .with(signedInAt(units.root(), Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(34)))
                .andExpect(jsonPath("$[?(@.unit == '79')].value").value(20));
        mvc.perform(get("/api/v1/analytics?indicator=OUTREACH_SESSIONS&unit=79&period=2921Q1..2921Q4&by=level:3")
                        .with(signedInAt(units.get("79"), Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unit == '" + commune.code() + "' && @.period == '2921Q3')].value")
                        .value(8));
    }

    @Test
    void apiRefusesABadBreakdownAndAUnitOutsideTheCallersSubtree() throws Exception {
        mvc.perform(get("/api/v1/analytics?indicator=SUPERVISIONS&unit=79&period=2025&by=grandchildren")
                        .with(signedInAt(units.get("79"), Role.VIEWER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("children hoặc level:N")));
        mvc.perform(get("/api/v1/analytics?indicator=SUPERVISIONS&unit=01&period=2025")
                        .with(signedInAt(units.get("79"), Role.VIEWER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void dashboardShowsTheUnitAndEveryTableDownloadsAsXlsx() throws Exception {
        Unit province = units.get("79");
        save("VOTER_OPINIONS", communeOf("79", 1), "2922Q2", "41");
        mvc.perform(get("/analytics?unit=79&period=2922Q2&indicator=VOTER_OPINIONS")
                        .with(signedInAt(province, Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(province.fullName())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("analytics-trend")));
        for (String table : List.of("keys", "trend", "children", "ranking")) {
            byte[] xlsx = mvc.perform(
                            get("/analytics/export?unit=79&period=2922Q2&indicator=VOTER_OPINIONS&table=" + table)
                                    .with(signedInAt(province, Role.VIEWER)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getSheetAt(0).getLastRowNum()).as(table).isGreaterThan(2);
            }
        }
        byte[] ranking = mvc.perform(
                        get("/analytics/export?unit=79&period=2922Q2&indicator=VOTER_OPINIONS&table=ranking")
                                .with(signedInAt(province, Role.VIEWER)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ranking))) {
            assertThat(wb.getSheetAt(0).getRow(3).getCell(2).getNumericCellValue())
                    .isEqualTo(41);
        }
    }

    @Test
    void aProvinceAdministratorChangesSplitWeightsAndReportedFiguresMoveWithTheTotalKept() throws Exception {
        Unit split = units.findById(jdbc.sql(
                                """
                                select l.predecessor_id from org_unit_lineage l join org_unit o on o.id = l.predecessor_id
                                join org_unit s on s.id = l.successor_id
                                where o.kind = 'COMMUNE' group by l.predecessor_id
                                having count(*) = 2 and count(distinct s.parent_id) = 1
                                order by l.predecessor_id desc limit 1""")
                        .query(Long.class)
                        .single())
                .orElseThrow();
        save("DRAFT_COMMENTS", split, "2923Q1", "100");
        List<Succession> successors = units.successors(split);
        Unit first = successors.get(0).unit();
        Unit second = successors.get(1).unit();
        Unit province = units.findById(first.parentId()).orElseThrow();

        mvc.perform(get("/analytics/lineage?unit=" + first.code()).with(signedInAt(province, Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(split.fullName())));

        mvc.perform(post("/analytics/lineage/weights")
                        .with(signedInAt(province, Role.ADMIN))
                        .with(csrf())
                        .param("unit", first.code())
                        .param("predecessor", Long.toString(split.id()))
                        .param("successor", Long.toString(first.id()), Long.toString(second.id()))
                        .param("weight", "70%", "0,3"))
                .andExpect(status().is3xxRedirection());

        assertThat(value(first)).isEqualByComparingTo("70");
        assertThat(value(second)).isEqualByComparingTo("30");
        assertThat(value(units.root())).isEqualByComparingTo("100");
        assertThat(value(province)).isEqualByComparingTo("100");
    }

    @Test
    void aWeightThatIsNotANumberIsRefusedInTheReadersLanguage() throws Exception {
        Unit split = new TestUnits(jdbc, units, hierarchy).splitCommune(3);
        mvc.perform(weights(split, signedInAt(units.root(), Role.ADMIN), "half", "0.25", "0.25")
                        .param("lang", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "error", "Invalid split weights: \"half\" is not a number (for example 0,5 or 50%)."));
        mvc.perform(weights(split, signedInAt(units.root(), Role.ADMIN), "half", "0.25", "0.25")
                        .param("lang", "vi"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "error",
                                "Trọng số chia tách không hợp lệ: \"half\" không phải là số (ví dụ 0,5 hoặc 50%)."));
    }

    @Test
    void aViewerCannotChangeSplitWeights() throws Exception {
        Unit split = new TestUnits(jdbc, units, hierarchy).splitCommune(3);
        mvc.perform(weights(split, signedInAt(units.root(), Role.VIEWER), "0.5", "0.25", "0.25"))
                .andExpect(status().isForbidden());
        // an administrator of one of the parts only (not of the province that holds them all) is told why
        Unit first = units.successors(split).get(0).unit();
        mvc.perform(weights(split, signedInAt(first, Role.ADMIN), "0.5", "0.25", "0.25")
                        .param("lang", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Only an administrator of the province that receives the split parts")));
    }

    /** The lineage page's form setting the weights of a split commune's parts, in the order of its successors. */
    private MockHttpServletRequestBuilder weights(Unit split, RequestPostProcessor who, String... weights) {
        List<Succession> successors = units.successors(split);
        return post("/analytics/lineage/weights")
                .with(who)
                .with(csrf())
                .param("unit", successors.get(0).unit().code())
                .param("predecessor", Long.toString(split.id()))
                .param(
                        "successor",
                        successors.stream()
                                .map(s -> Long.toString(s.unit().id()))
                                .toArray(String[]::new))
                .param("weight", weights);
    }

    BigDecimal value(Unit unit) {
        return analytics
                .query(new AnalyticsQuery(
                        "DRAFT_COMMENTS",
                        unit.code(),
                        List.of(Period.parse("2923Q1")),
                        AnalyticsQuery.Scope.UNIT,
                        0,
                        null))
                .get(0)
                .value();
    }
}
