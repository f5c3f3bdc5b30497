package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tsunagu.kernel.OutboundEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The topics other systems subscribe to are a contract: every {@link OutboundEvent} of the production code has its
 * topic created by {@code infra/kafka.sh} and described in {@code infra/kafka.md}, and nothing else is listed there.
 * An event made outbound, renamed or dropped fails here until the script and the contract say so too.
 */
class OutboundTopicsTests {

    private static Set<String> topicsOfTheCode() throws ClassNotFoundException {
        Set<String> topics = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ModularityTests.PRODUCTION).importPackages("jp.tsunagu")) {
            if (c.isAssignableTo(OutboundEvent.class) && !c.isInterface()) {
                topics.add(OutboundEvent.topicOf(Class.forName(c.getName())));
            }
        }
        return topics;
    }

    private static Set<String> topicsIn(String file, String pattern) throws Exception {
        Matcher m = Pattern.compile(pattern).matcher(Files.readString(Path.of("../../infra", file)));
        Set<String> topics = new TreeSet<>();
        while (m.find()) {
            topics.add(m.group(1));
        }
        return topics;
    }

    @Test
    @DisplayName("every outbound event's topic is created by infra/kafka.sh and described in infra/kafka.md, and no other")
    void topicsAgreeWithInfra() throws Exception {
        Set<String> code = topicsOfTheCode();
        assertThat(code).contains("tsunagu.wages.wages-month-closed", "tsunagu.sharing.statistics-published");
        assertThat(topicsIn("kafka.sh", "(?m)^  (tsunagu\\.[a-z.-]+)$")).isEqualTo(code);
        assertThat(topicsIn("kafka.md", "(?m)^\\| `(tsunagu\\.[a-z.-]+)` \\|")).isEqualTo(code);
    }

    @Test
    @DisplayName("a topic is tsunagu.<module>.<event in kebab case>")
    void topicNaming() {
        assertThat(OutboundEvent.topicOf(jp.tsunagu.wages.events.WagesMonthClosed.class)).isEqualTo("tsunagu.wages.wages-month-closed");
        assertThat(OutboundEvent.topicOf(jp.tsunagu.sharing.internal.SharingEvents.StatisticsPublished.class))
                .isEqualTo("tsunagu.sharing.statistics-published");
    }
}
