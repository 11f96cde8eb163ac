package vn.doanket.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import vn.doanket.DoanKetApplication;
import vn.doanket.platform.DoanKetProperties;

class DemoModeGuardTests {

    static final String EXTERNAL = "jdbc:postgresql://db.example.invalid:5432/doanket";

    @Test
    void refusesDemoModeOnAnExternalDatabase() {
        assertThatThrownBy(() -> DemoModeGuard.check(props(true, EXTERNAL, false)))
                .isInstanceOf(DemoModeRefusedException.class)
                .hasMessageStartingWith("Chế độ dùng thử bị từ chối vì đang dùng cơ sở dữ liệu ngoài")
                .hasMessageContaining("(demo mode refused: an external database is configured");
    }

    @Test
    void allowsDemoModeOnAnExternalDatabaseWhenExplicitlyAsked() {
        assertThatNoException().isThrownBy(() -> DemoModeGuard.check(props(true, EXTERNAL, true)));
    }

    @Test
    void allowsDemoModeOnTheEmbeddedDatabaseAndAnyDatabaseWithoutDemo() {
        assertThatNoException().isThrownBy(() -> DemoModeGuard.check(props(true, "", false)));
        assertThatNoException().isThrownBy(() -> DemoModeGuard.check(props(false, EXTERNAL, false)));
    }

    @Test
    void startUpFailsBeforeTouchingTheDatabaseWithOneSentence() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(DoanKetApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=OFF");
        // Command-line arguments, because application.properties outranks builder defaults.
        assertThatThrownBy(() -> {
                    try (var context = app.run(
                            "--doanket.demo.enabled=true",
                            "--doanket.db.url=" + EXTERNAL,
                            "--doanket.data-dir=target/demo-guard-test-data")) {
                        assertThat(context).as("the application must not start").isNull();
                    }
                })
                .isInstanceOf(DemoModeRefusedException.class);

        FailureAnalysis analysis = new DemoModeFailureAnalyzer().analyze(new DemoModeRefusedException());
        assertThat(analysis.getDescription()).isEqualTo(new DemoModeRefusedException().getMessage());
        assertThat(analysis.getAction()).contains("DOANKET_DEMO");
    }

    private static DoanKetProperties props(boolean demo, String url, boolean allowExternal) {
        return new DoanKetProperties(
                Path.of("./data"),
                new DoanKetProperties.Db(url, "doanket", null, false, null),
                new DoanKetProperties.Demo(demo, allowExternal));
    }
}
