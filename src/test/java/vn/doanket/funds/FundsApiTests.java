package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doanket.IntegrationTest;
import vn.doanket.identity.Accounts;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Role;

@IntegrationTest
class FundsApiTests {

    static final String PASSWORD = "api-test-123";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    FundLedger ledger;

    @Autowired
    Donors donors;

    @Autowired
    OrgUnits units;

    @Autowired
    ObjectMapper json;

    HttpClient http = HttpClient.newHttpClient();
    Unit province;

    @BeforeEach
    void setUp() {
        province = units.get("92");
        accounts.createBulk(
                List.of(new Accounts.BulkAccount("api-quy-92", "Cán bộ quỹ", province.id(), EnumSet.of(Role.OFFICER))),
                PASSWORD);
        FundsFixtures.signIn("api-quy-92", province, Role.OFFICER);
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void officerImportsAStatementAndAnyoneSearchesItWithoutDiacritics() throws Exception {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ API", "agribank");
        donors.register("Trần Thị Thanh Duyên", false, DonorDisplay.ANONYMOUS);

        JsonNode funds = get("/api/v1/funds?unit=92", true);
        assertThat(funds.findValuesAsString("name")).contains("Quỹ API");
        assertThat(funds.get(0).has("unit")).isTrue();

        JsonNode report = upload(fund.id(), "agribank", FundsFixtures.sample("agribank"));
        assertThat(report.get("lines").asLong()).isEqualTo(10_000);
        assertThat(report.get("credits").asLong()).isEqualTo(5_239_216_855L);
        assertThat(report.get("openingBalance").asLong()).isEqualTo(24_700);
        assertThat(report.get("closingBalance").asLong()).isEqualTo(5_239_241_555L);
        assertThat(report.get("chainBreaks").size()).isZero();
        assertThat(report.has("duplicates")).isTrue();

        JsonNode balance = get("/api/v1/funds/" + fund.id() + "/balance?date=2024-09-09", true);
        assertThat(balance.get("balance").asLong()).isEqualTo(500_000);

        JsonNode found = get(
                "/public/api/v1/funds/" + fund.id() + "/transactions?q="
                        + URLEncoder.encode("nguyễn thị anh", StandardCharsets.UTF_8),
                false);
        assertThat(found.get("items").findValuesAsString("name")).contains("NGUYEN THI ANH");

        JsonNode masked = get("/public/api/v1/funds/" + fund.id() + "/transactions?q=VAN+ANH+tai+agribank", false);
        String details = masked.get("items").get(0).get("details").asString();
        assertThat(details).doesNotContain("0491000183195").contains("**********195");

        JsonNode anonymous = get("/public/api/v1/funds/" + fund.id() + "/transactions?q=thanh+duyen", false);
        assertThat(anonymous.get("items").findValuesAsString("name")).doesNotContain("TRAN THI THANH DUYEN");
        JsonNode byAmount = get(
                "/public/api/v1/funds/" + fund.id() + "/transactions?q=2.000.000&from=2024-09-10&to=2024-09-10", false);
        assertThat(byAmount.get("items").findValuesAsString("name")).isNotEmpty();
        assertThat(byAmount.get("items").findValues("credit")).allMatch(n -> n.asLong() == 2_000_000);
        JsonNode shownAnonymous =
                get("/public/api/v1/funds/" + fund.id() + "/transactions?q=200.000&from=2024-09-10", false);
        assertThat(shownAnonymous.get("items").findValuesAsString("name")).contains("Nhà hảo tâm ẩn danh");

        HttpResponse<String> csv = http.send(
                HttpRequest.newBuilder(uri("/public/api/v1/funds/" + fund.id() + "/transactions.csv?q=nguyen+thi+anh"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("NGUYEN THI ANH");
    }

    @Test
    void fundsOfAnotherProvinceAreForbiddenAndBadFilesGetAProblem() throws Exception {
        HttpResponse<String> other = http.send(
                HttpRequest.newBuilder(uri("/api/v1/funds?unit=01"))
                        .header("Authorization", basic())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(403);

        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ tệp sai", "agribank");
        HttpResponse<String> bad = send(fund.id(), "agribank", "PageId,Date\n1,xx\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(bad.body());
        assertThat(problem.get("code").asString()).isEqualTo("funds.statement.invalid");
        assertThat(problem.get("detail").asString()).contains("thiếu cột");

        // the API's detail is Vietnamese by contract, whatever language the caller picked on the pages
        HttpResponse<String> english =
                send(fund.id(), "agribank", "PageId,Date\n1,xx\n".getBytes(StandardCharsets.UTF_8), "?lang=en");
        JsonNode stillVietnamese = json.readTree(english.body());
        assertThat(stillVietnamese.get("code").asString()).isEqualTo("funds.statement.invalid");
        assertThat(stillVietnamese.get("detail").asString())
                .isEqualTo(problem.get("detail").asString())
                .doesNotContain("layout");
    }

    @Test
    void paymentsAboveTheThresholdWaitForAnotherPersonOverTheApi() throws Exception {
        accounts.createBulk(
                List.of(new Accounts.BulkAccount("api-duyet-92", "Lãnh đạo", province.id(), EnumSet.of(Role.LEADER))),
                PASSWORD);
        FundView fund = FundsFixtures.openFund(ledger, province.code(), "Quỹ chi qua API");
        long cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH).id();
        assertThat(post(
                                "/api/v1/funds/" + fund.id() + "/donations",
                                "api-quy-92",
                                "{\"accountId\":" + cash + ",\"amount\":45000000,\"description\":\"Ủng hộ\"}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> request = post(
                "/api/v1/funds/" + fund.id() + "/disbursements",
                "api-quy-92",
                "{\"accountId\":" + cash + ",\"amount\":30000000,\"payee\":\"Hộ bà A\",\"purpose\":\"Xây nhà\"}");
        JsonNode pending = json.readTree(request.body());
        assertThat(pending.get("status").asString()).isEqualTo("PENDING");
        String approval = "/api/v1/funds/disbursements/" + pending.get("id").asLong() + "/approval";

        HttpResponse<String> self = post(approval, "api-quy-92", "");
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(json.readTree(self.body()).get("code").asString()).isEqualTo("funds.four-eyes");
        HttpResponse<String> other = post(approval, "api-duyet-92", "");
        assertThat(json.readTree(other.body()).get("status").asString()).isEqualTo("PAID");

        HttpResponse<String> tooMuch = post(
                "/api/v1/funds/" + fund.id() + "/disbursements",
                "api-quy-92",
                "{\"accountId\":" + cash + ",\"amount\":16000000,\"payee\":\"Hộ B\",\"purpose\":\"Hỗ trợ\"}");
        assertThat(tooMuch.statusCode()).isEqualTo(409);
        assertThat(json.readTree(tooMuch.body()).get("code").asString()).isEqualTo("funds.insufficient");
    }

    @Test
    void anOfficerMatchesAQueuedLineToADonorWhoStaysAnonymous() throws Exception {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ hàng chờ", "vietinbank");
        upload(fund.id(), "vietinbank", FundsFixtures.sample("vietinbank"));
        JsonNode queue = get("/api/v1/funds/" + fund.id() + "/queue?limit=5", true);
        assertThat(queue.size()).isEqualTo(5);
        long line = queue.get(0).get("id").asLong();
        String name = queue.get(0).get("name").asString();

        HttpResponse<String> registered =
                post("/api/v1/funds/donors", "api-quy-92", "{\"name\":\"" + name + "\",\"display\":\"ANONYMOUS\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        JsonNode donor = json.readTree(registered.body());
        HttpResponse<String> assigned = post(
                "/api/v1/funds/" + fund.id() + "/queue/" + line + "/donor",
                "api-quy-92",
                "{\"donorId\":" + donor.get("id").asLong() + "}");
        assertThat(assigned.statusCode()).isEqualTo(200);

        assertThat(get("/api/v1/funds/" + fund.id() + "/queue?limit=5", true).findValues("id"))
                .noneMatch(n -> n.asLong() == line);
        JsonNode search = get(
                "/public/api/v1/funds/" + fund.id() + "/transactions?q="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8),
                false);
        assertThat(search.get("items").findValues("id")).noneMatch(n -> n.asLong() == line);
    }

    private HttpResponse<String> post(String path, String user, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path, boolean signedIn) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (signedIn) {
            b.header("Authorization", basic());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private JsonNode upload(long fundId, String bank, byte[] file) throws Exception {
        HttpResponse<String> r = send(fundId, bank, file);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private HttpResponse<String> send(long fundId, String bank, byte[] file) throws Exception {
        return send(fundId, bank, file, "");
    }

    private HttpResponse<String> send(long fundId, String bank, byte[] file, String query) throws Exception {
        String boundary = "----doanket" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bank\"\r\n\r\n" + bank + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sao-ke.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/funds/" + fundId + "/statements" + query))
                .header("Authorization", basic())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (query.contains("lang=en")) {
            request.header("Cookie", "doanket-lang=en");
        }
        return http.send(
                request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder().encodeToString(("api-quy-92:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
