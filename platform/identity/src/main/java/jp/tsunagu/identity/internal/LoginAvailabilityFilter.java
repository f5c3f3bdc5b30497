package jp.tsunagu.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A login is started only when Keycloak answers: otherwise the browser would be sent to a host that does not answer
 * and the user would see the browser's own connection error. While Keycloak is down, the start of a login
 * ({@code /oauth2/authorization/**}, where every unauthenticated page leads) answers 503 with a page of its own, in
 * Japanese or English, that says signing in is not possible now, that those signed in can go on, and when to try again.
 * Whether Keycloak answers is asked of its realm's OIDC discovery document (2 s at most) by one request at a time and
 * kept for a few seconds; the requests arriving meanwhile take the last answer, so a crowd at a login neither waits for
 * it nor multiplies the questions to a Keycloak that is slow. Users already signed in and API calls with valid tokens
 * are not affected (their tokens are checked against keys already fetched).
 */
class LoginAvailabilityFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(LoginAvailabilityFilter.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final java.lang.invoke.VarHandle ASK;

    static {
        try {
            ASK = java.lang.invoke.MethodHandles.lookup().findVarHandle(LoginAvailabilityFilter.class, "askAgainAt", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final URI discovery;
    private final long keptNanos;
    private final MessageSource messages;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile boolean available = true;
    /** When to ask again ({@link System#nanoTime()}); the first request asks. */
    private volatile long askAgainAt = System.nanoTime();

    LoginAvailabilityFilter(String discovery, Duration kept, MessageSource messages) {
        this.discovery = URI.create(discovery);
        this.keptNanos = kept.toNanos();
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (keycloakAnswers()) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = request.getLocale() != null && "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
        String title = HtmlUtils.htmlEscape(messages.getMessage("login.unavailable.title", null, locale));
        String body = HtmlUtils.htmlEscape(messages.getMessage("login.unavailable.body", null, locale));
        String retry = HtmlUtils.htmlEscape(messages.getMessage("login.unavailable.retry", null, locale));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><link rel="stylesheet" href="%s/css/tsunagu.css"></head>
                <body><main class="login-unavailable"><h1>%s</h1><p>%s</p><p><a href="%s/">%s</a></p></main></body></html>
                """.formatted(locale.getLanguage(), title, HtmlUtils.htmlEscape(request.getContextPath()), title, body,
                HtmlUtils.htmlEscape(request.getContextPath()), retry))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Whether Keycloak answers, as last asked; one request at a time asks again, the others take the last answer. */
    private boolean keycloakAnswers() {
        long now = System.nanoTime();
        long due = askAgainAt;
        if (now - due < 0 || !ASK.compareAndSet(this, due, now + keptNanos)) {
            return available;
        }
        boolean answers;
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            answers = answer.statusCode() == 200;
        } catch (IOException e) {
            answers = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answers = false;
        }
        if (answers != available) {
            log.warn(answers ? "Keycloak answers again at {}: logins start again" : "Keycloak does not answer at {}: logins refused with 503", discovery);
        }
        available = answers;
        askAgainAt = System.nanoTime() + keptNanos;
        return answers;
    }
}
