package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.identity.Accounts;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Role;

/** The officer's pages for gifts, batches, donors, the unmatched queue and rejecting a payment, over HTTP with htmx. */
@IntegrationTest
class FundWorkPagesTests {

    static final String PASSWORD = "work-pages-123";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    FundLedger ledger;

    @Autowired
    StatementImports imports;

    @Autowired
    Donors donors;

    @Autowired
    Disbursements disbursements;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String csrf;
    Unit province;

    @BeforeEach
    void setUp() throws Exception {
        province = units.get("86");
        accounts.createBulk(
                List.of(new Accounts.BulkAccount("viec-quy-86", "Cán bộ quỹ", province.id(), EnumSet.of(Role.OFFICER))),
                PASSWORD);
        FundsFixtures.signIn("viec-quy-86", province, Role.OFFICER);
        String loginPage = get("/login").body();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=viec-quy-86&password=" + PASSWORD + "&_csrf=" + csrf(loginPage)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        csrf = csrf(get("/funds").body());
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void officerEntersABatchThatRefusesToCloseUntilItMatches() throws Exception {
        FundView fund = FundsFixtures.openFund(ledger, province.code(), "Quỹ trang lô");
        long cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH).id();
        assertThat(get("/funds/" + fund.id() + "/donations").body()).contains("Mở lô ủng hộ");

        HttpResponse<String> opened = htmx(
                "/funds/" + fund.id() + "/batches",
                Map.of(
                        "accountId",
                        "" + cash,
                        "name",
                        "Hòm thôn 5",
                        "expectedCount",
                        "2",
                        "expectedTotal",
                        "1.500.000"));
        assertThat(opened.statusCode()).isEqualTo(200);
        String batchUrl = opened.headers().firstValue("HX-Redirect").orElseThrow();
        assertThat(batchUrl).startsWith("/funds/batches/");

        HttpResponse<String> entered = htmx(
                batchUrl + "/gifts", Map.of("donorName", "Lâm Văn Tú", "amount", "1.000.000", "display", "MASKED"));
        assertThat(entered.statusCode()).isEqualTo(200);
        assertThat(entered.body())
                .doesNotContain("<html")
                .contains("Lâm Văn Tú")
                .contains("Lâm V. T.")
                .contains("1.000.000");

        HttpResponse<String> badAmount =
                htmx(batchUrl + "/gifts", Map.of("donorName", "Lâm Văn Tú", "amount", "một triệu"));
        assertThat(badAmount.statusCode()).isEqualTo(400);
        assertThat(badAmount.body()).contains("Số tiền &quot;một triệu&quot; không hợp lệ");
        assertThat(badAmount.headers().firstValue("HX-Retarget")).contains("#flash");

        HttpResponse<String> refused = htmx(batchUrl + "/close", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("Chưa khóa được lô")
                .contains("Còn thiếu 1 khoản, số tiền còn thiếu 500.000 đ");

        htmx(batchUrl + "/gifts", Map.of("donorName", "Công ty Hòa Bình", "organisation", "true", "amount", "500000"));
        HttpResponse<String> closed = htmx(batchUrl + "/close", Map.of());
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body()).contains("Đã khóa").doesNotContain("name=\"donorName\"");
    }

    @Test
    void officerMatchesOrMarksUnmatchedLinesAndFindsTheDonorWithoutDiacritics() throws Exception {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ trang hàng chờ", "vietinbank");
        imports.importStatement(fund.id(), "vietinbank", "v.csv", FundsFixtures.sample("vietinbank"));
        long before = donors.queueSize(fund.id());
        List<PublicTransaction> queued = donors.queue(fund.id(), 3, 0);
        assertThat(get("/funds/" + fund.id() + "/queue").body())
                .contains("Đánh dấu")
                .contains("Gắn");

        HttpResponse<String> matched = htmx(
                "/funds/" + fund.id() + "/queue/" + queued.get(0).id() + "/donor",
                Map.of("donorName", "Phùng Thị Ngọc Ánh", "display", "NAMED"));
        assertThat(matched.statusCode()).as(matched.body()).isEqualTo(200);
        assertThat(matched.body()).contains("Đã xử lý dòng " + queued.get(0).id());

        HttpResponse<String> noNote =
                htmx("/funds/" + fund.id() + "/queue/" + queued.get(1).id() + "/mark", Map.of("reason", "OTHER"));
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.body()).contains("Lý do khác");
        HttpResponse<String> marked = htmx(
                "/funds/" + fund.id() + "/queue/" + queued.get(1).id() + "/mark",
                Map.of("reason", "NOT_A_GIFT", "note", "Lãi tiền gửi"));
        assertThat(marked.statusCode()).isEqualTo(200);
        HttpResponse<String> twice =
                htmx("/funds/" + fund.id() + "/queue/" + queued.get(1).id() + "/mark", Map.of("reason", "NOT_A_GIFT"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("không còn trong hàng chờ");

        assertThat(donors.queueSize(fund.id())).isEqualTo(before - 2);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where entity = 'funds_statement_line' and entity_id in (:ids)")
                        .param(
                                "ids",
                                List.of(
                                        Long.toString(queued.get(0).id()),
                                        Long.toString(queued.get(1).id())))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        String found = get("/funds/" + fund.id() + "/donors?q="
                        + URLEncoder.encode("phung thi ngoc anh", StandardCharsets.UTF_8))
                .body();
        assertThat(found).contains("Phùng Thị Ngọc Ánh");
        Matcher link = java.util.regex.Pattern.compile("/funds/" + fund.id() + "/donors/(\\d+)")
                .matcher(found);
        assertThat(link.find()).isTrue();
        assertThat(get("/funds/" + fund.id() + "/donors/" + link.group(1)).body())
                .contains("Phùng Thị Ngọc Ánh")
                .contains(Money.digits(queued.get(0).credit()));
    }

    @Test
    void rejectingAPendingPaymentNeedsAReasonThatIsKept() throws Exception {
        FundView fund = FundsFixtures.openFund(ledger, province.code(), "Quỹ trang từ chối");
        long cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH).id();
        DisbursementView pending = disbursements.request(new Commands.RequestDisbursement(
                fund.id(), cash, 50_000_000, "Trường tiểu học Tân Phú", "Sửa mái trường", null));
        assertThat(pending.status()).isEqualTo(DisbursementView.Status.PENDING);
        String reject = "/funds/" + fund.id() + "/disbursements/" + pending.id() + "/reject";

        HttpResponse<String> noReason = htmx(reject, Map.of("reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Cần ghi lý do từ chối");

        HttpResponse<String> rejected = htmx(reject, Map.of("reason", "Thiếu biên bản khảo sát"));
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(get("/funds/" + fund.id()).body()).contains("Từ chối").contains("Thiếu biên bản khảo sát");
        assertThat(disbursements.ofFund(fund.id()).get(0).decisionNote()).isEqualTo("Thiếu biên bản khảo sát");
        assertThat(ledger.fund(fund.id()).balance()).isZero();
    }

    @Test
    void anEnglishReaderIsToldWhyInEnglishAndAVietnameseReaderAsBefore() throws Exception {
        FundView fund = FundsFixtures.openFund(ledger, province.code(), "Quỹ trang tiếng Anh");
        long cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH).id();
        HttpResponse<String> opened = htmx(
                "/funds/" + fund.id() + "/batches",
                Map.of("accountId", "" + cash, "name", "Hòm thôn 7", "expectedCount", "2", "expectedTotal", "800000"));
        String batchUrl = opened.headers().firstValue("HX-Redirect").orElseThrow();
        htmx(batchUrl + "/gifts", Map.of("donorName", "Đào Thị Hoa", "amount", "300.000"));

        // a refusal of the page (the typed amount), a refusal of the module with money in it (the
        // cover), and one of a pending payment, each in English and without its Vietnamese
        HttpResponse<String> badAmount =
                htmx(batchUrl + "/gifts?lang=en", Map.of("donorName", "Đào Thị Hoa", "amount", "ba trăm"));
        assertThat(badAmount.statusCode()).isEqualTo(400);
        assertThat(badAmount.body())
                .contains("The amount &quot;ba trăm&quot; is not valid; enter a number of đồng")
                .doesNotContain("không hợp lệ");
        HttpResponse<String> refused = htmx(batchUrl + "/close?lang=en", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body())
                .contains("Batch &quot;Hòm thôn 7&quot; cannot be closed yet")
                .contains("The count is 1 short and the amount 500.000 đ short.")
                .doesNotContain("Chưa khóa được lô");
        DisbursementView pending = disbursements.request(new Commands.RequestDisbursement(
                fund.id(), cash, 50_000_000, "Trường mầm non Hòa Bình", "Sửa bếp ăn", null));
        HttpResponse<String> noReason =
                htmx("/funds/" + fund.id() + "/disbursements/" + pending.id() + "/reject", Map.of("reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body())
                .as("the choice of English is kept")
                .contains("Write a reason for rejecting the payment request")
                .doesNotContain("Cần ghi lý do");

        // back in Vietnamese, word for word as before
        HttpResponse<String> vietnamese = htmx(batchUrl + "/close?lang=vi", Map.of());
        assertThat(vietnamese.statusCode()).isEqualTo(409);
        assertThat(vietnamese.body())
                .contains("Chưa khóa được lô &quot;Hòm thôn 7&quot;: đã nhập 1 khoản, tổng 300.000 đ; bìa lô ghi 2"
                        + " khoản, tổng 800.000 đ. Còn thiếu 1 khoản, số tiền còn thiếu 500.000 đ. Hãy nhập tiếp,"
                        + " hoặc hủy khoản nhập nhầm, rồi khóa lại.")
                .doesNotContain("cannot be closed");
    }

    @Test
    void aStatementThatCannotBeReadIsRefusedInTheReadersLanguage() throws Exception {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ trang sao kê sai", "agribank");
        byte[] bad = "PageId,Date\n1,xx\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> english = upload("/funds/" + fund.id() + "/statements?lang=en", "agribank", bad);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body())
                .contains("<html")
                .contains("The file does not have the layout of a statement from agribank")
                .doesNotContain("thiếu cột");

        HttpResponse<String> vietnamese = upload("/funds/" + fund.id() + "/statements?lang=vi", "agribank", bad);
        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.body()).contains("Tệp không có bố cục sao kê agribank: thiếu cột");
    }

    HttpResponse<String> upload(String path, String bank, byte[] file) throws Exception {
        String boundary = "----work" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"bank\"\r\n\r\n" + bank + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> htmx(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "_csrf=" + csrf + (form.isEmpty() ? "" : "&"), ""));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("HX-Request", "true")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String html) {
        Matcher m = FundPagesTests.CSRF.matcher(html);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
