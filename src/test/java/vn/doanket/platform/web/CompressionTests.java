package vn.doanket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.IntegrationTest;

/** Pages go gzipped to a browser that accepts it, over the real server (MockMvc has no connector). */
@IntegrationTest
class CompressionTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageIsSentGzippedToABrowserThatAcceptsItAndPlainToOneThatDoesNot() throws Exception {
        HttpResponse<byte[]> gzipped = get("/login", "gzip, deflate, br");
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String page;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(page).contains("<html").contains("Đăng nhập");

        HttpResponse<byte[]> plain = get("/login", null);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        // the same page (each carries its own session's form token, so they are not equal byte for byte)
        assertThat(new String(plain.body(), StandardCharsets.UTF_8))
                .contains("<html")
                .contains("Đăng nhập");
        assertThat(plain.body().length)
                .isBetween(
                        page.getBytes(StandardCharsets.UTF_8).length - 100,
                        page.getBytes(StandardCharsets.UTF_8).length + 100);
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
    }

    @Test
    void aShortAnswerIsNotCompressed() throws Exception {
        HttpResponse<byte[]> health = get("/actuator/health", "gzip");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
