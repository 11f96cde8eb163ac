package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import vn.doanket.DoanKetApplication;

class FundsModuleTests {

    @Test
    void fundsModuleOnlyUsesTheApisOfOtherModules() {
        ApplicationModules.of(DoanKetApplication.class).verify();
    }

    @Test
    void vietnameseAndEnglishMessagesHaveTheSameKeys() throws IOException {
        assertThat(keys("messages/funds_en.properties")).isEqualTo(keys("messages/funds.properties"));
    }

    private static java.util.Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = FundsModuleTests.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
