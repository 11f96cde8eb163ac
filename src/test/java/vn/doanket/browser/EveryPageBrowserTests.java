package vn.doanket.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.IntegrationTest;
import vn.doanket.TestAccounts;

/**
 * Walks the application the way a user does: signs in, then follows every link of the navigation
 * and of the pages it reaches (same origin, no downloads, no API), and checks each page in a real
 * Chromium: it answers 2xx, throws no script error, logs no console error, loads every script,
 * style and image it asks for, and does not scroll sideways on a phone. Pages of the same shape
 * (the same path with different codes) are visited a couple of times, not thousands. Pages only
 * reached through a form (a report for a unit and period) are added as starting points.
 */
@IntegrationTest
class EveryPageBrowserTests {

    private static final Pattern DOWNLOAD =
            Pattern.compile(".*(\\.(xlsx|docx|pdf|csv|json|txt|zip)(\\?.*)?$|/export.*|/template.*|/logout.*)");
    private static final Pattern CODES = Pattern.compile("\\d+|[0-9a-f]{8}-[0-9a-f-]{27}|[A-Z][A-Z0-9_]{2,}");
    private static final int PAGES_PER_SHAPE = 2;
    /** Names the outermost elements sticking out of the viewport, to say what makes a page scroll sideways. */
    private static final String WIDEST =
            """
            () => {
              const w = document.documentElement.clientWidth;
              const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
                return false; };
              return Array.from(document.body.querySelectorAll('*'))
                .filter(e => e.getBoundingClientRect().right > w + 1 && !scrolls(e))
                .filter(e => !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1 && !scrolls(e.parentElement)))
                .slice(0, 3)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + Array.from(e.classList).join('.')
                  + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')
                .join(', ');
            }""";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void everyPageTheCentralAdminCanReachWorksOnADesktop() {
        accounts.ensure();
        List<String> problems =
                crawl("trunguong", 1280, 900, 120, "/reports/VN/2025", "/reports/VN/conferences", "/public/funds");
        assertThat(problems).as("problems found while walking the pages").isEmpty();
    }

    @Test
    void everyPageACommuneOfficerCanReachWorksOnAPhone() {
        accounts.ensure();
        List<String> problems = crawl("xa-00008", 390, 844, 50, "/reports/00008/2025Q3", "/reports/00008/conferences");
        assertThat(problems).as("problems found while walking the pages").isEmpty();
    }

    private List<String> crawl(String user, int width, int height, int maxPages, String... alsoStartAt) {
        List<String> problems = new ArrayList<>();
        try (var playwright = Browser.playwright();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setLocale("vi-VN"))) {
            Page page = context.newPage();
            List<String> pageProblems = new ArrayList<>();
            page.onPageError(error -> pageProblems.add("script error: " + error));
            page.onConsoleMessage(message -> {
                if ("error".equals(message.type())) {
                    pageProblems.add("console error: " + message.text());
                }
            });
            page.onResponse(response -> {
                if (response.status() >= 400 && !response.url().equals(page.url())) {
                    pageProblems.add("resource " + response.status() + ": " + response.url());
                }
            });
            login(page, user);

            Deque<String> queue = new ArrayDeque<>(List.of("/"));
            queue.addAll(List.of(alsoStartAt));
            Set<String> seen = new LinkedHashSet<>(queue);
            Map<String, Integer> shapes = new HashMap<>();
            int visited = 0;
            while (!queue.isEmpty() && visited < maxPages) {
                String path = queue.removeFirst();
                pageProblems.clear();
                Response response;
                try {
                    response = page.navigate(url(path));
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                } catch (PlaywrightException e) {
                    if (e.getMessage().contains("Download is starting")) {
                        continue;
                    }
                    problems.add(
                            path + ": " + e.getMessage().lines().findFirst().orElse(""));
                    continue;
                }
                visited++;
                if (response == null || response.status() >= 400) {
                    problems.add(path + ": HTTP " + (response == null ? "no response" : response.status()));
                    continue;
                }
                String contentType = response.headerValue("content-type");
                if (contentType == null || !contentType.startsWith("text/html")) {
                    continue;
                }
                if (page.url().contains("/login")) {
                    problems.add(path + ": sent back to the login page");
                    continue;
                }
                Object sideways = page.evaluate(
                        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (sideways instanceof Number n && n.intValue() > 1) {
                    problems.add(path + ": scrolls sideways by " + n + " px at width " + width + ", widest: "
                            + page.evaluate(WIDEST));
                }
                if (page.locator("h1").count() == 0) {
                    problems.add(path + ": no heading (h1)");
                }
                for (String p : pageProblems) {
                    problems.add(path + ": " + p);
                }
                @SuppressWarnings("unchecked")
                List<String> hrefs = (List<String>)
                        page.evaluate("() => Array.from(document.querySelectorAll('a[href]')).map(a => a.href)");
                for (String href : hrefs) {
                    String next = sameOriginPath(href);
                    if (next == null || DOWNLOAD.matcher(next).matches() || !seen.add(next)) {
                        continue;
                    }
                    String shape = CODES.matcher(next).replaceAll("#");
                    if (shapes.merge(shape, 1, Integer::sum) <= PAGES_PER_SHAPE) {
                        queue.addLast(next);
                    }
                }
            }
            System.out.println("EveryPage " + user + ": visited " + visited + " pages; shapes: " + shapes.keySet());
            assertThat(visited).as("pages reached from the home page").isGreaterThan(8);
        }
        return problems;
    }

    private String sameOriginPath(String href) {
        URI uri;
        try {
            uri = URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (uri.getHost() == null
                || !("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()))
                || uri.getPort() != port) {
            return null;
        }
        String path = uri.getRawPath();
        if (path == null
                || path.startsWith("/api/")
                || path.startsWith("/public/api/")
                || path.startsWith("/v3/")
                || path.startsWith("/swagger")
                || path.startsWith("/actuator")
                || path.startsWith("/webjars")) {
            return null;
        }
        String query = uri.getRawQuery();
        if (query != null && query.contains("lang=")) {
            return null;
        }
        return query == null ? path : path + "?" + query;
    }

    private void login(Page page, String user) {
        Browser.signIn(page, url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
