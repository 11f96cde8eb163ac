package vn.doanket.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.doanket.IntegrationTest;
import vn.doanket.analytics.FigureTrace;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.NumberNotation;
import vn.doanket.indicators.Period;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;

/**
 * A figure traced to its entries and told by breakdown option. Province 66 (used by no other test):
 * Great Unity houses of 2025 built by a pre-reform commune (before the merger, reaching today's
 * province through the lineage) and by two of today's communes, from two funding sources.
 */
@IntegrationTest
class TracedFiguresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataEntry entry;

    @Autowired
    FigureTrace trace;

    @Autowired
    ReportGenerator generator;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    static Map<String, String> seeded;

    @BeforeEach
    void seed() {
        synchronized (TracedFiguresTests.class) {
            if (seeded != null) {
                return;
            }
            Map<String, Object> pair = jdbc.sql(
                            """
                            select o.code as old_code, s.code as new_code from org_unit_lineage l
                            join org_unit o on o.id = l.predecessor_id join org_unit s on s.id = l.successor_id
                            join org_unit p on p.id = s.parent_id
                            where o.kind = 'COMMUNE' and p.code = '66' and s.valid_to is null
                              and (select count(*) from org_unit_lineage x where x.predecessor_id = o.id) = 1
                            order by o.code limit 1""")
                    .query()
                    .singleRow();
            String old = (String) pair.get("old_code");
            String successor = (String) pair.get("new_code");
            String other = units.children(units.get("66"), java.time.LocalDate.now()).stream()
                    .map(Unit::code)
                    .filter(c -> !c.equals(successor))
                    .findFirst()
                    .orElseThrow();
            entry.saveAll(List.of(
                    new DataValueInput(
                            "UNITY_HOUSES_BUILT",
                            old,
                            "2025Q1",
                            "DOANH_NGHIEP",
                            "4",
                            "Theo biên bản bàn giao nhà của xã cũ",
                            null,
                            NumberNotation.PLAIN),
                    new DataValueInput(
                            "UNITY_HOUSES_BUILT",
                            successor,
                            "2025Q3",
                            "QUY_VNN_TINH",
                            "3",
                            "Nhà của ba hộ nghèo thôn 2",
                            null,
                            NumberNotation.PLAIN),
                    new DataValueInput(
                            "UNITY_HOUSES_BUILT",
                            other,
                            "2025Q3",
                            "DOANH_NGHIEP",
                            "2",
                            null,
                            null,
                            NumberNotation.PLAIN)));
            seeded = Map.of("old", old, "successor", successor, "other", other);
        }
    }

    RequestPostProcessor officerOf(String unitCode) {
        Unit home = units.get(unitCode);
        CurrentAccount account = new CurrentAccount(
                21,
                "tinh-" + unitCode,
                "Cán bộ tỉnh",
                home.id(),
                home.code(),
                home.name(),
                home.treePath(),
                Set.of(Role.OFFICER));
        return authentication(
                new TestingAuthenticationToken(new ReportEndpointsTests.Principal(account), null, "ROLE_OFFICER"));
    }

    @Test
    void aProvinceFigureListsItsEntriesIncludingAPreReformCommunesThroughTheLineage() {
        FigureTrace.Entries e = trace.entries("UNITY_HOUSES_BUILT", "66", Period.parse("2025"), null);
        assertThat(e.figure()).isEqualByComparingTo("9");
        assertThat(e.count()).isEqualTo(3);
        // a merged commune often keeps its code: the old and the new are told apart by being historic
        FigureTrace.Entry old = e.entries().stream()
                .filter(FigureTrace.Entry::historic)
                .findFirst()
                .orElseThrow();
        assertThat(old.unitCode()).isEqualTo(seeded.get("old"));
        assertThat(old.periodId()).isEqualTo("2025Q1");
        assertThat(old.value()).isEqualByComparingTo("4");
        assertThat(old.comment()).isEqualTo("Theo biên bản bàn giao nhà của xã cũ");
        assertThat(old.enteredBy()).isNotBlank();
        assertThat(old.enteredAt()).isNotNull();
        assertThat(old.optionName()).isEqualTo("Doanh nghiệp, ngân hàng tài trợ");
        assertThat(e.entries()).filteredOn(FigureTrace.Entry::historic).hasSize(1);
        assertThat(e.entries())
                .extracting(FigureTrace.Entry::value)
                .extracting(java.math.BigDecimal::intValue)
                .containsExactlyInAnyOrder(4, 3, 2);

        // the successor commune's own figure takes in the old commune's houses as well
        assertThat(trace.entries("UNITY_HOUSES_BUILT", seeded.get("successor"), Period.parse("2025"), null)
                        .entries())
                .extracting(x -> x.unitCode() + (x.historic() ? " (cũ)" : ""))
                .containsExactlyInAnyOrder(seeded.get("old") + " (cũ)", seeded.get("successor"));
    }

    @Test
    void theFigureIsToldByFundingSourceAndTheOptionsAddUpToIt() {
        List<FigureTrace.OptionFigure> options = trace.byOption("UNITY_HOUSES_BUILT", "66", Period.parse("2025"), null);
        assertThat(options)
                .extracting(o -> o.option() + "=" + o.value().toPlainString())
                .containsExactly("DOANH_NGHIEP=6", "QUY_VNN_TINH=3");
        assertThat(trace.byOption("UNITY_HOUSES_BUILT", "66", Period.parse("2025Q1"), null))
                .extracting(o -> o.option() + "=" + o.value().toPlainString())
                .containsExactly("DOANH_NGHIEP=4");
        assertThat(trace.byOption("SUPERVISIONS", "66", Period.parse("2025"), null))
                .isEmpty();
    }

    @Test
    void theReportWordsTheBreakdownAndLinksEveryFigureToItsEntries() throws Exception {
        Report report = generator.generate("66", "2025", EmptySections.OMIT);
        ReportSection houses = report.sections().stream()
                .filter(s -> s.key().equals("houses"))
                .findFirst()
                .orElseThrow();
        String sentence =
                houses.statement().stream().map(vn.doanket.reports.Phrase::text).collect(Collectors.joining());
        assertThat(sentence)
                .contains("xây mới 9 nhà \"Đại đoàn kết\" (6 nhà từ Doanh nghiệp, ngân hàng tài trợ;"
                        + " 3 nhà từ Quỹ \"Vì người nghèo\" tỉnh)");
        assertThat(houses.statement())
                .filteredOn(vn.doanket.reports.Phrase::isFigure)
                .allSatisfy(p -> assertThat(p.sources())
                        .isEqualTo("/analytics/entries?indicator=UNITY_HOUSES_BUILT&unit=66&period=2025"));

        mvc.perform(get("/reports/66/2025").with(officerOf("66")))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "href=\"/analytics/entries?indicator=UNITY_HOUSES_BUILT&amp;unit=66&amp;period=2025\"")));
    }

    @Test
    void theEntriesPageAndApiShowWhoEnteredEachValueAndItsSource() throws Exception {
        mvc.perform(get("/analytics/entries")
                        .param("indicator", "UNITY_HOUSES_BUILT")
                        .param("unit", "66")
                        .param("period", "2025")
                        .with(officerOf("66")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Theo biên bản bàn giao nhà của xã cũ")))
                .andExpect(content().string(containsString("trước sắp xếp")))
                .andExpect(content().string(containsString("Doanh nghiệp, ngân hàng tài trợ")));
        // in English the breakdown's options are named in English, the entries' own words left as entered
        mvc.perform(get("/analytics/entries")
                        .param("indicator", "UNITY_HOUSES_BUILT")
                        .param("unit", "66")
                        .param("period", "2025")
                        .param("lang", "en")
                        .with(officerOf("66")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Company or bank sponsor")))
                .andExpect(content().string(not(containsString("Doanh nghiệp, ngân hàng tài trợ"))))
                .andExpect(content().string(containsString("Theo biên bản bàn giao nhà của xã cũ")));
        mvc.perform(get("/api/v1/analytics/entries")
                        .param("indicator", "UNITY_HOUSES_BUILT")
                        .param("unit", "66")
                        .param("period", "2025")
                        .with(officerOf("66")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value(9))
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.byOption[0].option").value("DOANH_NGHIEP"))
                .andExpect(jsonPath("$.entries[?(@.historic == true)].comment")
                        .value("Theo biên bản bàn giao nhà của xã cũ"));
        mvc.perform(get("/v3/api-docs").with(officerOf("66")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/analytics/entries")));
        // another province's officer may not read them
        mvc.perform(get("/api/v1/analytics/entries")
                        .param("indicator", "UNITY_HOUSES_BUILT")
                        .param("unit", "66")
                        .param("period", "2025")
                        .with(officerOf("68")))
                .andExpect(status().isForbidden());
    }
}
