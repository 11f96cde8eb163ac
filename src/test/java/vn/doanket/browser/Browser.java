package vn.doanket.browser;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts Debian's Chromium (found on PATH) under Playwright, never a downloaded browser. Where no
 * Chromium is installed the calling test is skipped with a message saying what to install.
 */
public final class Browser {

    private Browser() {}

    public static Optional<Path> chromium() {
        String override = System.getenv("DOANKET_CHROMIUM");
        if (override != null && Files.isExecutable(Path.of(override))) {
            return Optional.of(Path.of(override));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public static com.microsoft.playwright.Browser launch(Playwright playwright) {
        Path exe = chromium().orElse(null);
        Assumptions.assumeTrue(
                exe != null,
                "Browser test skipped: no chromium on PATH (install Debian's 'chromium' package, as .ci/run does).");
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(exe)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-dev-shm-usage")));
    }

    public static Playwright playwright() {
        Assumptions.assumeTrue(
                chromium().isPresent(),
                "Browser test skipped: no chromium on PATH (install Debian's 'chromium' package, as .ci/run does).");
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** A phone-sized window (390 × 844) that asks for Vietnamese, as most of the Front's officers use it. */
    public static com.microsoft.playwright.BrowserContext phone(com.microsoft.playwright.Browser browser) {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setLocale("vi-VN"));
    }

    /** Signs in on the sign-in page of the app at {@code base} as a test account, and waits for what follows. */
    public static void signIn(com.microsoft.playwright.Page page, String base, String user) {
        page.navigate(base + "/login");
        page.getByLabel("Tên đăng nhập").fill(user);
        page.getByLabel("Mật khẩu").fill(vn.doanket.TestAccounts.PASSWORD);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    }
}
