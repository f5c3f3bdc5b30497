package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every bundle of messages the application loads (the platform's {@code messages*.properties}, each module's
 * {@code messages/<module>*.properties}): a key defined twice in one file silently keeps the last text (two branches
 * appending the same key, say), so none is; Japanese and English hold the same keys; and the base file, read when
 * neither language matches, is the Japanese one.
 */
class MessageBundlesTests {
    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    @Test
    @DisplayName("no bundle defines a key twice; ja and en hold the same keys; the base bundle is the Japanese one")
    void bundles() throws IOException {
        List<Resource> japanese = new ArrayList<>(List.of(RESOLVER.getResources("classpath*:messages/*_ja.properties")));
        japanese.addAll(List.of(RESOLVER.getResources("classpath*:messages_ja.properties")));
        assertThat(japanese).extracting(Resource::getFilename).contains("messages_ja.properties", "planning_ja.properties",
                "workspace_ja.properties", "wages_ja.properties");
        List<String> problems = new ArrayList<>();
        for (Resource ja : japanese) {
            String name = ja.getFilename().replace("_ja.properties", "");
            Resource en = ja.createRelative(name + "_en.properties");
            Resource base = ja.createRelative(name + ".properties");
            Set<String> jaKeys = keys(ja, problems);
            Set<String> enKeys = keys(en, problems);
            Set<String> onlyJa = new TreeSet<>(jaKeys);
            onlyJa.removeAll(enKeys);
            Set<String> onlyEn = new TreeSet<>(enKeys);
            onlyEn.removeAll(jaKeys);
            if (!onlyJa.isEmpty() || !onlyEn.isEmpty()) {
                problems.add(name + ": only in ja " + onlyJa + ", only in en " + onlyEn);
            }
            if (!text(base).equals(text(ja))) {
                problems.add(name + ".properties is not " + name + "_ja.properties");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The keys of a bundle, in order; a key already seen is reported. Continuation lines and comments are skipped. */
    private static Set<String> keys(Resource bundle, List<String> problems) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        boolean continued = false;
        for (String line : text(bundle).split("\\R")) {
            String trimmed = line.strip();
            boolean continues = trimmed.endsWith("\\");
            if (!continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                int end = 0;
                while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
                    end++;
                }
                String key = trimmed.substring(0, end);
                if (!seen.add(key)) {
                    problems.add(bundle.getFilename() + " defines " + key + " twice");
                }
                keys.add(key);
            }
            continued = continues;
        }
        return keys;
    }

    private static String text(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
