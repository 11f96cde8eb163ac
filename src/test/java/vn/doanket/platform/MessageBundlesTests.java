package vn.doanket.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal written in a module's bundle (an {@code error.*} key of messages/&lt;module&gt;.properties,
 * the Vietnamese) has its English in &lt;module&gt;_en.properties, and the two take the same arguments:
 * otherwise an English reader gets the Vietnamese, or a message that lost or invented a value. Whatever
 * bundles exist are checked, so a module that adds its own is covered too.
 */
class MessageBundlesTests {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^}]*)?}");

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /** The Vietnamese (root) bundles: messages/&lt;module&gt;.properties, without a language suffix. */
    static List<Path> rootBundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(f -> f.getFileName().toString().matches("[a-z0-9-]+\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyRefusalHasItsEnglishWithTheSameArgumentsAndTheOtherWayRound() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path vi : rootBundles()) {
            String module = vi.getFileName().toString().replace(".properties", "");
            Path enFile = MESSAGES.resolve(module + "_en.properties");
            Properties v = load(vi);
            Properties e = Files.exists(enFile) ? load(enFile) : new Properties();
            Set<String> keys = new TreeSet<>();
            v.stringPropertyNames().stream().filter(k -> k.startsWith("error.")).forEach(keys::add);
            e.stringPropertyNames().stream().filter(k -> k.startsWith("error.")).forEach(keys::add);
            for (String key : keys) {
                checked++;
                String viText = v.getProperty(key);
                String enText = e.getProperty(key);
                if (viText == null) {
                    problems.add(module + "_en: " + key + " has no Vietnamese in " + module + ".properties");
                } else if (enText == null) {
                    problems.add(module + ": " + key + " has no English in " + module + "_en.properties");
                } else if (!placeholders(viText).equals(placeholders(enText))) {
                    problems.add(module + ": " + key + " takes " + placeholders(viText) + " in Vietnamese but "
                            + placeholders(enText) + " in English");
                }
            }
        }
        assertThat(checked).as("error.* keys found").isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void aRefusalWithArgumentsKeepsItsApostrophes() throws IOException {
        // MessageFormat drops a single apostrophe and quotes what follows it: "unit's {0}" would lose the {0}
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties p = load(file);
                for (String key : p.stringPropertyNames()) {
                    String pattern = p.getProperty(key);
                    if (key.startsWith("error.")
                            && !placeholders(pattern).isEmpty()
                            && pattern.replace("''", "").contains("'")) {
                        problems.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
