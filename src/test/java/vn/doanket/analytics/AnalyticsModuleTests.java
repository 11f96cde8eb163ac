package vn.doanket.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import vn.doanket.DoanKetApplication;

class AnalyticsModuleTests {

    @Test
    void analyticsReadsOtherModulesOnlyThroughTheirApi() {
        ApplicationModules modules = ApplicationModules.of(DoanKetApplication.class);
        modules.verify();
        ApplicationModule analytics = modules.getModuleByName("analytics").orElseThrow();
        assertThat(analytics.getDisplayName()).isEqualTo("Analytics");
        assertThat(analytics
                        .getDirectDependencies(modules)
                        .uniqueModules()
                        .map(ApplicationModule::getName)
                        .toList())
                // demo: the national figures are a demo-mode seeder (doanket.demo.national-figures)
                .containsOnly("indicators", "organization", "identity", "platform", "demo");
    }

    @Test
    void vietnameseAndEnglishMessagesHaveTheSameKeys() throws IOException {
        assertThat(load("analytics_en.properties").keySet())
                .isEqualTo(load("analytics.properties").keySet());
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = AnalyticsModuleTests.class.getClassLoader().getResourceAsStream("messages/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
