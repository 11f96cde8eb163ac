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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.IntegrationTest;
import vn.doanket.identity.Accounts;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Role;

@IntegrationTest
class FundPagesTests {

    static final String PASSWORD = "pages-test-123";
    static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|content=\"([^\"]+)\"[^>]*name=\"csrf-token\"|name=\"csrf-token\"[^>]*content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    FundLedger ledger;

    @Autowired
    StatementImports imports;

    @Autowired
    OrgUnits units;

    Unit province;

    @BeforeEach
    void setUp() {
        province = units.get("96");
        accounts.createBulk(
                List.of(new Accounts.BulkAccount(
                        "trang-quy-96", "Cán bộ quỹ", province.id(), EnumSet.of(Role.OFFICER))),
                PASSWORD);
        FundsFixtures.signIn("trang-quy-96", province, Role.OFFICER);
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    @Test
    void anyoneSearchesThePortalWithoutLoginAndHtmxGetsOnlyTheResults() throws Exception {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ trang công khai", "vietinbank");
        imports.importStatement(fund.id(), "vietinbank", "v.csv", FundsFixtures.sample("vietinbank"));
        HttpClient http = HttpClient.newHttpClient();
        String url = "/public/funds/" + fund.id() + "?q=" + URLEncoder.encode("trần tiến anh", StandardCharsets.UTF_8);

        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(uri(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html")
                .contains("Quỹ trang công khai")
                .contains("TRAN TIEN ANH")
                .contains("Tải CSV");

        HttpResponse<String> fragment = http.send(
                HttpRequest.newBuilder(uri(url)).header("HX-Request", "true").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fragment.body())
                .doesNotContain("<html")
                .contains("id=\"results\"")
                .contains("TRAN TIEN ANH");

        HttpResponse<String> list = http.send(
                HttpRequest.newBuilder(uri("/public/funds?unit=96")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.body()).contains("Quỹ trang công khai");
    }

    @Test
    void officerSeesTheFundPageAndImportsAStatementThroughTheForm() throws Exception {
        FundView fund = FundsFixtures.openFundWithBank(ledger, province.code(), "Quỹ trang cán bộ", "agribank");
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = http.send(
                        HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String form = "username=trang-quy-96&password=" + PASSWORD + "&_csrf=" + csrf(loginPage);
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);

        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(uri("/funds/" + fund.id())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Quỹ trang cán bộ").contains("Nhập sao kê ngân hàng");

        String boundary = "----page" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(page.body())
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"bank\"\r\n\r\nagribank\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(FundsFixtures.sample("agribank"));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> posted = http.send(
                HttpRequest.newBuilder(uri("/funds/" + fund.id() + "/statements"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);

        HttpResponse<String> after = http.send(
                HttpRequest.newBuilder(uri("/funds/" + fund.id())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.body())
                .contains("Đã nhập sao kê")
                .contains("5.239.216.855")
                .contains("5.239.241.555")
                .contains("24.700");
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
