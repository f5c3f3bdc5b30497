package jp.tsunagu.kernel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A failure that a user must understand. {@code code} is the message key (in the web module's bundles,
 * Japanese and English); {@code args} fill its placeholders. The web layer turns it into RFC 9457
 * problem+json with the status of the subclass.
 */
public abstract class Problem extends RuntimeException {
    private final String code;
    private final List<Object> args;

    protected Problem(String code, Object... args) {
        super(code + " " + listOf(args));
        this.code = code;
        this.args = listOf(args);
    }

    /**
     * An argument may be null (a value the user left out): the message shows it as it shows any other. A lone null
     * passed for the arguments arrives as a null array, and is that one null argument.
     */
    private static List<Object> listOf(Object[] args) {
        return args == null ? Collections.singletonList(null) : Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.toArray();
    }

    /** 404: the resource does not exist for this user (also used for resources the user may not see). */
    public static final class NotFound extends Problem {
        public NotFound(String code, Object... args) {
            super(code, args);
        }
    }

    /** 409: the request contradicts the current state (e.g. a required module is off). */
    public static final class Conflict extends Problem {
        public Conflict(String code, Object... args) {
            super(code, args);
        }
    }

    /** 403: the user may not do this. */
    public static final class Forbidden extends Problem {
        public Forbidden(String code, Object... args) {
            super(code, args);
        }
    }

    /** 429: the tenant has used up its request rate; {@code args[0]} is the seconds to wait. */
    public static final class TooManyRequests extends Problem {
        public TooManyRequests(String code, Object... args) {
            super(code, args);
        }
    }

    /** 400: the input breaks a rule that is not a simple field constraint; names the field. */
    public static final class Invalid extends Problem {
        private final String field;

        public Invalid(String field, String code, Object... args) {
            super(code, args);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
