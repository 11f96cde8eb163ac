package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundleTests {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = MessageBundleTests.class.getClassLoader().getResourceAsStream("messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Properties vi = load("indicators.properties");
        Properties en = load("indicators_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }

    @Test
    void apostrophesAreDoubledSoMessageFormatDoesNotSwallowThem() throws IOException {
        for (String file : new String[] {"indicators.properties", "indicators_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(pattern.replace("''", "")).as(file + " " + key).doesNotContain("'");
                new MessageFormat(pattern); // throws on a malformed pattern
            }
        }
    }

    @Test
    void englishSavedValueWarningKeepsItsApostrophe() {
        assertThat(IndicatorMessages.of(java.util.Locale.ENGLISH)
                        .get("warning.ind.value-far-above", "5", "3", "1", "4"))
                .contains("unit's largest");
    }
}
