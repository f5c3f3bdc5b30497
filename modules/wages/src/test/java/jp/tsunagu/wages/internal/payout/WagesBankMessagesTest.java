package jp.tsunagu.wages.internal.payout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module's 全銀 refusals use its own keys ({@code wages.bank.*}, through {@link BankAccount#ZENGIN}) rather than the
 * platform's {@code zengin.*}: every key the shared rules may ask for must be in this module's bundle too.
 */
class WagesBankMessagesTest {

    @Test
    @DisplayName("every zengin.* text of the platform's bundle has its wages.bank.* counterpart in Japanese and English")
    void everySharedKeyHasAWagesCounterpart() throws IOException {
        for (String language : new String[] {"ja", "en"}) {
            Set<String> shared = load("/messages_" + language + ".properties").stringPropertyNames().stream()
                    .filter(k -> k.startsWith("zengin.")).map(k -> "wages.bank." + k.substring("zengin.".length()))
                    .collect(Collectors.toSet());
            assertThat(shared).isNotEmpty();
            assertThat(load("/messages/wages_" + language + ".properties").stringPropertyNames()).containsAll(shared);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WagesBankMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
