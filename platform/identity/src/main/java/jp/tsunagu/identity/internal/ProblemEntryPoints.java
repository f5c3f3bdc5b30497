package jp.tsunagu.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.tsunagu.kernel.Problem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** 401 and 403 from the security filters, rendered as problem+json by the web module's handler. */
class ProblemEntryPoints implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final HandlerExceptionResolver problems;

    ProblemEntryPoints(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        response.setHeader("WWW-Authenticate", "Bearer");
        problems.resolveException(request, response, null, new Unauthenticated(e));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
        problems.resolveException(request, response, null, new Problem.Forbidden("access.denied"));
    }

    /** Marks a failed authentication (missing, malformed, expired or foreign token). */
    static final class Unauthenticated extends AuthenticationException {
        Unauthenticated(AuthenticationException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
