package jp.tsunagu.web.zengin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import jp.tsunagu.kernel.Problem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The texts a user reads for a refusal, from the platform bundles as the application resolves them. */
final class BankMessages {
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private BankMessages() {
    }

    /** The refusal {@code call} throws: its field, and its text in Japanese and in English. */
    record Refusal(String field, String code, String ja, String en) {
    }

    static Refusal refusal(ThrowingCallable call) {
        Problem.Invalid[] thrown = new Problem.Invalid[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(Problem.Invalid.class, p -> thrown[0] = p);
        Problem.Invalid p = thrown[0];
        return new Refusal(p.field(), p.code(), MESSAGES.getMessage(p.code(), p.args(), Locale.JAPANESE),
                MESSAGES.getMessage(p.code(), p.args(), Locale.ENGLISH));
    }
}
