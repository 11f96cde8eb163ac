package vn.doanket.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.NumberNotation;
import vn.doanket.indicators.Targets;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.AccountHolder;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Role;

/**
 * The report endpoints on real PostgreSQL, with figures entered through data entry for the communes
 * of Phú Thọ (25), which no other test writes to, in 2026Q3 and the same quarter of 2025.
 */
@IntegrationTest
class ReportEndpointsTests {

    static final String PROVINCE = "25";
    static final String PERIOD = "2026Q3";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataEntry entry;

    @Autowired
    Targets targets;

    @Autowired
    OrgUnits units;

    @Autowired
    TransactionTemplate tx;

    static boolean seeded;

    @BeforeEach
    void seed() {
        accounts.ensure();
        synchronized (ReportEndpointsTests.class) {
            if (seeded) {
                return;
            }
            List<Unit> communes =
                    units.children(units.get(PROVINCE), LocalDate.now()).subList(0, 2);
            List<DataValueInput> values = new ArrayList<>();
            values.add(value("BLOOD_UNITS", communes.get(0), PERIOD, "30"));
            values.add(value("BLOOD_UNITS", communes.get(1), PERIOD, "24"));
            values.add(value("SUPERVISIONS", communes.get(0), PERIOD, "MTTQ", "4"));
            values.add(value("SUPERVISIONS", communes.get(0), PERIOD, "PHU_NU", "3"));
            values.add(value("SUPERVISIONS", communes.get(1), PERIOD, "MTTQ", "5"));
            values.add(value("SUPERVISIONS", communes.get(0), "2025Q3", "MTTQ", "10"));
            values.add(value("TET_VALUE", communes.get(0), PERIOD, "MTTQ", "21500000"));
            entry.saveAll(values);
            tx.executeWithoutResult(s -> targets.set("BLOOD_UNITS", PROVINCE, PERIOD, "44", "VN"));
            seeded = true;
        }
    }

    static DataValueInput value(String indicator, Unit unit, String period, String v) {
        return value(indicator, unit, period, null, v);
    }

    static DataValueInput value(String indicator, Unit unit, String period, String option, String v) {
        return new DataValueInput(indicator, unit.code(), period, option, v, null, null, NumberNotation.PLAIN);
    }

    RequestPostProcessor central() {
        return httpBasic("trunguong", TestAccounts.PASSWORD);
    }

    @Test
    void aProvincesDocxStatesItsCommunesFiguresAgainstTargetAndLastYear() throws Exception {
        byte[] docx = mvc.perform(
                        get("/api/v1/reports/{u}/{p}.docx", PROVINCE, PERIOD).with(central()))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString("bao-cao-25-2026Q3.docx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("ỦY BAN MTTQ VIỆT NAM")
                    .contains("TỈNH PHÚ THỌ")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Kết quả công tác Mặt trận quý III/2026")
                    .contains("hiến 54/44 đơn vị máu, đạt 123% chỉ tiêu")
                    .contains("chủ trì, phối hợp tổ chức 12 cuộc giám sát (Ủy ban MTTQ 9 cuộc;"
                            + " Hội Liên hiệp Phụ nữ 3 cuộc; tăng 20% so với cùng kỳ)")
                    .contains("21,5 triệu đồng")
                    .contains("Trong kỳ chưa có số liệu báo cáo về nội dung này.")
                    .doesNotContain("null")
                    .doesNotContain("NaN");
        }
    }

    @Test
    void annexAndPdfAreServedWithTheirMediaTypes() throws Exception {
        mvc.perform(get("/api/v1/reports/{u}/{p}.xlsx", PROVINCE, PERIOD).with(central()))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        byte[] pdf = mvc.perform(get("/api/v1/reports/{u}/{p}.pdf", PROVINCE, PERIOD)
                        .param("empty", "omit")
                        .with(central()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void unknownUnitIsA404ProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/reports/{u}/{p}.docx", "99999999", PERIOD).with(central()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("org.unit-not-found"));
    }

    @Test
    void malformedPeriodIsA400ProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/reports/{u}/{p}.xlsx", PROVINCE, "2026X9").with(central()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ind.period-invalid"));
    }

    @Test
    void aUnitOutsideTheCallersSubtreeIsA403() throws Exception {
        mvc.perform(get("/api/v1/reports/{u}/{p}.pdf", PROVINCE, PERIOD)
                        .with(httpBasic("xa-00004", TestAccounts.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void previewLinksFiguresToAnalyticsAndKeepsTheUsersTextInTheDocx() throws Exception {
        RequestPostProcessor officer = officerOf(PROVINCE);
        mvc.perform(get("/reports/{u}/{p}", PROVINCE, PERIOD).with(officer))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "href=\"/api/v1/analytics?indicator=BLOOD_UNITS&amp;unit=25&amp;period=2026Q3\"")))
                .andExpect(content().string(containsString("/api/v1/reports/25/2026Q3.docx")));
        mvc.perform(post("/reports/{u}/{p}/texts/{k}", PROVINCE, PERIOD, "coordination")
                        .param("text", "Phong trào hiến máu tình nguyện được Nhân dân hưởng ứng tích cực.")
                        .header("HX-Request", "true")
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã lưu lúc")));
        mvc.perform(post("/reports/{u}/{p}/texts/{k}", PROVINCE, PERIOD, "signer")
                        .param("text", "Hoàng Thị Mai")
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().isOk());
        byte[] docx = mvc.perform(
                        get("/api/v1/reports/{u}/{p}.docx", PROVINCE, PERIOD).with(central()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText())
                    .contains("Phong trào hiến máu tình nguyện được Nhân dân hưởng ứng tích cực.")
                    .contains("Hoàng Thị Mai");
        }
    }

    @Test
    void aTextForAPartTheReportDoesNotHaveIsRefusedWithAMessage() throws Exception {
        mvc.perform(post("/reports/{u}/{p}/texts/{k}", PROVINCE, PERIOD, "bogus")
                        .param("text", "x")
                        .header("HX-Request", "true")
                        .with(officerOf(PROVINCE))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Báo cáo không có mục")));
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
                9,
                "tinh-" + unitCode,
                "Cán bộ tỉnh",
                home.id(),
                home.code(),
                home.name(),
                home.treePath(),
                Set.of(Role.OFFICER));
        return authentication(new TestingAuthenticationToken(new Principal(account), null, "ROLE_OFFICER"));
    }
}
