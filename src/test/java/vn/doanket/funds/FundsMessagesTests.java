package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The funds module's refusals come from its message bundle: every one has its English text with the same
 * arguments, and the code builds none from an inline Vietnamese sentence.
 */
class FundsMessagesTests {

    static final Path SOURCES = Path.of("src/main/java/vn/doanket/funds");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    static final Pattern KEY = Pattern.compile("\"(error\\.funds\\.[a-z0-9.-]+)\"");

    @Test
    void everyRefusalHasItsEnglishWithTheSameArguments() throws IOException {
        Map<String, String> vi = refusals("messages/funds.properties");
        Map<String, String> en = refusals("messages/funds_en.properties");
        assertThat(vi).hasSizeGreaterThan(60);
        assertThat(en.keySet()).as("keys in English and Vietnamese").isEqualTo(vi.keySet());
        List<String> problems = new ArrayList<>();
        vi.forEach((key, text) -> {
            if (!placeholders(text).equals(placeholders(en.get(key)))) {
                problems.add(key + ": " + placeholders(text) + " in Vietnamese, " + placeholders(en.get(key))
                        + " in English");
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * A message with arguments goes through MessageFormat, where a lone apostrophe starts a quote and
     * swallows the rest; one without is shown as written, where a doubled one would show twice.
     */
    @Test
    void apostrophesAreWrittenAsTheirMessageIsFormatted() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : List.of("messages/funds.properties", "messages/funds_en.properties")) {
            refusals(bundle).forEach((key, text) -> {
                boolean formatted = !placeholders(text).isEmpty();
                if (formatted && text.replace("''", "").contains("'")) {
                    problems.add(bundle + " " + key + ": a lone ' in a message with arguments (write '')");
                }
                if (!formatted && text.contains("''")) {
                    problems.add(bundle + " " + key + ": '' in a message without arguments (write ')");
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundleAndEveryRefusalIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String source : sources().values()) {
            Matcher m = KEY.matcher(source);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        Set<String> bundle = refusals("messages/funds.properties").keySet();
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(bundle).as("keys the code names").containsAll(used);
        assertThat(used).as("refusals of the bundle the code uses").containsAll(bundle);
    }

    /**
     * A refusal made from an inline sentence would be Vietnamese on an English page: the message of a
     * refusal is a key of the bundle, or a variable holding one, never a text put together in code.
     */
    @Test
    void noRefusalIsBuiltFromAnInlineSentence() throws IOException {
        String notAKey = "(?!\"error\\.funds\\.[a-z0-9.-]+\"\\s*[,)])(?![A-Za-z_][A-Za-z0-9_]*\\s*[,)])\\S";
        Pattern[] calls = {
            Pattern.compile("FundsException\\.(?:invalid|notFound|badStatement)\\(\\s*" + notAKey),
            Pattern.compile("FundsException\\.conflict\\(\\s*\"[^\"]*\",\\s*" + notAKey),
            Pattern.compile("new StatementException\\(\\s*" + notAKey),
        };
        List<String> problems = new ArrayList<>();
        sources().forEach((file, source) -> {
            if (file.endsWith("StatementException.java")) {
                return; // where a refusal's key is made into its message
            }
            for (Pattern call : calls) {
                Matcher m = call.matcher(source);
                while (m.find()) {
                    problems.add(file + ": " + source.substring(m.start(), Math.min(source.length(), m.end() + 60)));
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void aRefusalIsVietnameseAndEnglishToAnEnglishReader() {
        FundsException e = FundsException.insufficient("Quỹ Vì người nghèo", 1_000_000, 2_500_000);
        assertThat(e.getMessage())
                .isEqualTo("Quỹ \"Quỹ Vì người nghèo\" chỉ còn 1.000.000 đ, không đủ để chi 2.500.000 đ."
                        + " Không được để số dư quỹ âm.");
        assertThat(e.message(Locale.forLanguageTag("vi"))).isEqualTo(e.getMessage());
        assertThat(e.message(Locale.ENGLISH))
                .isEqualTo("The fund \"Quỹ Vì người nghèo\" has only 1.000.000 đ left, not enough to pay out"
                        + " 2.500.000 đ. A fund's balance must never go below zero.");
        assertThat(e.code()).isEqualTo("funds.insufficient");
        assertThat(e.status()).isEqualTo(409);
    }

    private static Map<String, String> refusals(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = FundsMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("error.funds."))
                .forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, String> sources() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                out.put(f.toString(), Files.readString(f));
            }
        }
        assertThat(out).as("funds sources under " + SOURCES.toAbsolutePath()).isNotEmpty();
        return out;
    }
}
