package jp.tsunagu.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The UI session lives at most {@code maxLifetime} (10 hours) from login, however active it is; the idle
 * timeout (30 minutes) is the servlet container's. An expired session is invalidated and the user logs in again.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {
    static final String STARTED = "tsunagu.sessionStarted";

    private final Duration maxLifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration maxLifetime, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && ActiveTenantFilter.usernameOf(SecurityContextHolder.getContext().getAuthentication()).isPresent()) {
            Instant started = (Instant) session.getAttribute(STARTED);
            if (started == null) {
                session.setAttribute(STARTED, clock.instant());
            } else if (started.plus(maxLifetime).isBefore(clock.instant())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
