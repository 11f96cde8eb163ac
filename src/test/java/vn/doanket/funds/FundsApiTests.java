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
        String boundary = "----doanket" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bank\"\r\n\r\n" + bank + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sao-ke.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(uri("/api/v1/funds/" + fundId + "/statements"))
                        .header("Authorization", basic())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
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
