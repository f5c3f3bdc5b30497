package jp.tsunagu.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tsunagu.identity.CurrentUser;
import jp.tsunagu.identity.MembershipSummary;
import jp.tsunagu.kernel.Problem;
import jp.tsunagu.kernel.TenantId;
import jp.tsunagu.tenancy.TenantContext;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * After authentication: looks up the user's memberships (on every request, so a removed membership takes
 * effect at once), chooses the active tenant among them, turns roles into privileges and opens the tenant
 * scope for the rest of the request. A tenant the user is not a member of answers 403, whether it exists
 * or not.
 */
class ActiveTenantFilter extends OncePerRequestFilter {
    /** Session attribute of the UI's chosen tenant. */
    static final String SESSION_TENANT = "tsunagu.tenant";
    /** Request attribute with the user's memberships, for pages that list them. */
    static final String MEMBERSHIPS = "tsunagu.memberships";

    private final MembershipService memberships;
    private final java.util.function.Predicate<Authentication> secondFactor;
    private final PrivilegeCatalog catalog;
    private final TenantRateLimiter rateLimiter;
    private final HandlerExceptionResolver problems;
    private final String tenantHeader;

    ActiveTenantFilter(MembershipService memberships, PrivilegeCatalog catalog, TenantRateLimiter rateLimiter,
                       HandlerExceptionResolver problems, String tenantHeader,
                       java.util.function.Predicate<Authentication> secondFactor) {
        this.memberships = memberships;
        this.secondFactor = secondFactor;
        this.catalog = catalog;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
        this.tenantHeader = tenantHeader;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Optional<String> username = usernameOf(auth);
        if (username.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        List<MembershipSummary> all;
        try {
            all = memberships.of(username.get());
        } catch (RuntimeException failure) {
            // e.g. the tenant binding failed: the request stops here, with no data
            problems.resolveException(request, response, null, failure);
            return;
        }
        request.setAttribute(MEMBERSHIPS, all);
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (tenantFree(request, api)) {
            chain.doFilter(request, response);
            return;
        }
        MembershipSummary active;
        try {
            active = choose(request, api, all);
        } catch (Problem problem) {
            problems.resolveException(request, response, null, problem);
            return;
        }
        if (active == null) {
            response.sendRedirect(request.getContextPath() + "/tenant");
            return;
        }
        long retryAfter = rateLimiter.acquire(active.tenant());
        if (retryAfter > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfter));
            problems.resolveException(request, response, null, new Problem.TooManyRequests("rateLimit.exceeded", retryAfter));
            return;
        }
        Set<String> privileges = catalog.privilegesOf(active.roles());
        CurrentUser user = new CurrentUser(username.get(), active.tenant(), active.tenantName(), active.allOffices(),
                active.offices(), active.roles(), privileges, active.mfaRequired(), secondFactor.test(auth));
        SecurityContext original = SecurityContextHolder.getContext();
        SecurityContext scoped = SecurityContextHolder.createEmptyContext();
        scoped.setAuthentication(withPrivileges(auth, user));
        SecurityContextHolder.setContext(scoped);
        try (TenantContext.Scope ignored = TenantContext.open(active.tenant())) {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(original);
        }
    }

    /** Pages and endpoints that work before a tenant is chosen: who am I, and the tenant chooser. */
    private boolean tenantFree(HttpServletRequest request, boolean api) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return api ? path.equals("/api/v1/me") && request.getHeader(tenantHeader) == null
                : path.equals("/tenant") || path.startsWith("/logout");
    }

    private MembershipSummary choose(HttpServletRequest request, boolean api, List<MembershipSummary> all) {
        String requested = api ? request.getHeader(tenantHeader) : sessionTenant(request);
        if (requested != null) {
            return all.stream().filter(m -> m.tenant().toString().equals(requested.strip())).findFirst()
                    .orElseThrow(() -> new Problem.Forbidden("tenant.forbidden"));
        }
        if (all.isEmpty()) {
            throw new Problem.Forbidden("membership.none");
        }
        if (all.size() == 1) {
            return all.getFirst();
        }
        if (api) {
            throw new Problem.Invalid(tenantHeader, "tenant.required", tenantHeader);
        }
        return null;
    }

    private static String sessionTenant(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SESSION_TENANT);
    }

    static Optional<String> usernameOf(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof Jwt jwt) {
            return Optional.ofNullable(jwt.getClaimAsString("preferred_username")).map(MembershipService::normalize);
        }
        if (auth.getPrincipal() instanceof OidcUser oidc) {
            return Optional.ofNullable(oidc.getPreferredUsername()).map(MembershipService::normalize);
        }
        return Optional.empty();
    }

    private static Authentication withPrivileges(Authentication auth, CurrentUser user) {
        List<SimpleGrantedAuthority> authorities = user.privileges().stream().map(SimpleGrantedAuthority::new).toList();
        AbstractAuthenticationToken token = switch (auth) {
            case JwtAuthenticationToken jwt -> new JwtAuthenticationToken(jwt.getToken(), authorities, user.username());
            // the principal's name is the username, as for API tokens (the OIDC default would be the subject id)
            case OAuth2AuthenticationToken oauth -> new OAuth2AuthenticationToken(
                    oauth.getPrincipal() instanceof OidcUser oidc && oidc.getPreferredUsername() != null
                            ? new org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser(oidc.getAuthorities(),
                                    oidc.getIdToken(), oidc.getUserInfo(), "preferred_username")
                            : oauth.getPrincipal(), authorities, oauth.getAuthorizedClientRegistrationId());
            default -> throw new IllegalStateException("unexpected authentication " + auth.getClass());
        };
        token.setDetails(user);
        return token;
    }
}
