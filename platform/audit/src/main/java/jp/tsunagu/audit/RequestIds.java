package jp.tsunagu.audit;

import org.slf4j.MDC;

/** The id of the current request (header {@code X-Request-Id}, or generated), also in every log line. */
public final class RequestIds {
    public static final String MDC_KEY = "requestId";
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {
    }

    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
