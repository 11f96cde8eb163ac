package vn.doanket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every Vietnamese message has its English twin and the other way round, and none is empty. */
class I18nPropertiesSyncTests {

    @Test
    void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Resource vi : bundles) {
            String name = vi.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Resource en = vi.createRelative(name.replace(".properties", "_en.properties"));
            if (!en.exists()) {
                problems.add(name + " has no English file");
                continue;
            }
            Properties viProps = load(vi);
            Properties enProps = load(en);
            Set<String> onlyVi = new TreeSet<>(viProps.stringPropertyNames());
            onlyVi.removeAll(enProps.stringPropertyNames());
            Set<String> onlyEn = new TreeSet<>(enProps.stringPropertyNames());
            onlyEn.removeAll(viProps.stringPropertyNames());
            if (!onlyVi.isEmpty()) {
                problems.add(name + ": missing in English " + onlyVi);
            }
            if (!onlyEn.isEmpty()) {
                problems.add(name + ": missing in Vietnamese " + onlyEn);
            }
            viProps.forEach((k, v) -> {
                if (v.toString().isBlank()) {
                    problems.add(name + ": empty " + k);
                }
            });
            checked++;
        }
        assertThat(checked).as("bundles checked").isGreaterThanOrEqualTo(4);
        assertThat(problems).isEmpty();
    }

    private static Properties load(Resource r) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
