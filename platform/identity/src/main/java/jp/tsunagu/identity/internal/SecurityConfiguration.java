package jp.tsunagu.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Two filter chains: {@code /api/**} is an OAuth2 resource server (bearer tokens, stateless, no CSRF
 * needed); everything else is the server-rendered UI, an OIDC client with authorization code + PKCE,
 * session cookies and CSRF protection.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({IdentityProperties.class, TenantRateLimiter.Limits.class})
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, MembershipService memberships,
                            PrivilegeCatalog catalog, IdentityProperties props, TenantRateLimiter rateLimiter,
                            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
        ProblemEntryPoints entry = new ProblemEntryPoints(problems);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(decoder)).bearerTokenResolver(new HeaderBearerTokenResolver())
                        .authenticationEntryPoint(entry).accessDeniedHandler(entry))
                .exceptionHandling(e -> e.authenticationEntryPoint(entry).accessDeniedHandler(entry))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> securityHeaders(h, null))
                .addFilterBefore(new ActiveTenantFilter(memberships, catalog, rateLimiter, problems, props.tenantHeader(), new SecondFactor(props)),
                        AuthorizationFilter.class);
        return http.build();
    }

    /**
     * Security headers on every response: a strict content security policy (no inline script, no framing),
     * no MIME sniffing, no referrer to other sites; HSTS whenever the request came over TLS.
     */
    private static void securityHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers,
            String keycloak) {
        String formAction = keycloak == null ? "'self'" : "'self' " + keycloak;
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                        + "frame-ancestors 'none'; form-action " + formAction))
                .frameOptions(f -> f.deny())
                .contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, ClientRegistrationRepository clients, MembershipService memberships,
                           PrivilegeCatalog catalog, IdentityProperties props, java.time.Clock clock,
                           TenantRateLimiter rateLimiter, org.springframework.context.MessageSource messages,
                           @org.springframework.beans.factory.annotation.Value("${tsunagu.keycloak.url}") String keycloak,
                           @org.springframework.beans.factory.annotation.Value("${tsunagu.keycloak.realm}") String realm,
                           @org.springframework.beans.factory.annotation.Value("${tsunagu.keycloak.availability-kept:PT5S}") java.time.Duration availabilityKept,
                           @org.springframework.beans.factory.annotation.Value("${tsunagu.session.max-lifetime:10h}") java.time.Duration maxLifetime,
                           @org.springframework.beans.factory.annotation.Value("${tsunagu.keycloak.ui-locales:ja}") String uiLocales,
                           @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver pkce =
                new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
        // ui_locales (OIDC): Keycloak's login shows Japanese whatever the browser's Accept-Language says, which it
        // would otherwise follow; a language the user picks on the login page still wins over this hint.
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce().andThen(request ->
                request.additionalParameters(parameters -> parameters.put("ui_locales", uiLocales))));
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/webjars/**", "/css/**", "/js/**", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(o -> o.authorizationEndpoint(a -> a.authorizationRequestResolver(pkce)))
                .logout(l -> l.logoutSuccessHandler(logout))
                .headers(h -> securityHeaders(h, keycloak))
                .addFilterBefore(new SessionLifetimeFilter(maxLifetime, clock), AuthorizationFilter.class)
                .addFilterBefore(new LoginAvailabilityFilter(keycloak + "/realms/" + realm + "/.well-known/openid-configuration",
                                availabilityKept, messages), org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter.class)
                .addFilterBefore(new ActiveTenantFilter(memberships, catalog, rateLimiter, problems, props.tenantHeader(), new SecondFactor(props)),
                        AuthorizationFilter.class);
        return http.build();
    }

    /**
     * The UI's OIDC client, with Keycloak's endpoints given explicitly so that the application starts while
     * Keycloak is still down (discovery through issuer-uri would contact it at start-up), including the
     * end-session endpoint for RP-initiated logout.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(
            @org.springframework.beans.factory.annotation.Value("${tsunagu.keycloak.url}") String url,
            @org.springframework.beans.factory.annotation.Value("${tsunagu.keycloak.realm}") String realm,
            @org.springframework.beans.factory.annotation.Value("${tsunagu.keycloak.web-client-id}") String clientId,
            @org.springframework.beans.factory.annotation.Value("${tsunagu.keycloak.web-client-secret}") String secret) {
        String base = url + "/realms/" + realm + "/protocol/openid-connect";
        return new org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository(
                org.springframework.security.oauth2.client.registration.ClientRegistration.withRegistrationId("keycloak")
                        .clientId(clientId)
                        .clientSecret(secret)
                        .clientName("Keycloak")
                        .authorizationGrantType(org.springframework.security.oauth2.core.AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .scope("openid", "profile", "email")
                        .authorizationUri(base + "/auth")
                        .tokenUri(base + "/token")
                        .jwkSetUri(base + "/certs")
                        .userInfoUri(base + "/userinfo")
                        .userNameAttributeName("preferred_username")
                        .issuerUri(url + "/realms/" + realm)
                        .providerConfigurationMetadata(java.util.Map.of("end_session_endpoint", base + "/logout"))
                        .build());
    }

    /**
     * Tokens are checked against the realm's keys, fetched from Keycloak and kept for {@code tsunagu.identity.jwks-cache}
     * (5 minutes); when Keycloak cannot be reached the keys last fetched stay in use for
     * {@code tsunagu.identity.jwks-outage-tolerance} (1 hour), so that while Keycloak is down the API keeps serving
     * every token that is still valid, also one this instance has not seen before. Access tokens live 5 minutes, so an
     * hour covers what a Keycloak that is down entirely can have issued, and more when only this instance is cut off
     * from it. A key Keycloak rotates in during an outage cannot be known, and its tokens are refused until Keycloak is
     * back; a key revoked in Keycloak stays trusted by an instance that cannot reach it for at most that hour (restart
     * such instances after a revocation).
     */
    @Bean
    JwtDecoder jwtDecoder(IdentityProperties props,
                          @org.springframework.beans.factory.annotation.Value("${tsunagu.identity.jwks-cache:PT5M}") java.time.Duration keysKept,
                          @org.springframework.beans.factory.annotation.Value("${tsunagu.identity.jwks-outage-tolerance:PT1H}") java.time.Duration outage) throws Exception {
        boolean fixedKey = props.publicKeyLocation() != null && !props.publicKeyLocation().isBlank();
        NimbusJwtDecoder decoder = fixedKey
                ? NimbusJwtDecoder.withPublicKey(readKey(new org.springframework.core.io.DefaultResourceLoader()
                        .getResource(props.publicKeyLocation()))).build()
                : NimbusJwtDecoder.withJwkSource(com.nimbusds.jose.jwk.source.JWKSourceBuilder
                        .<com.nimbusds.jose.proc.SecurityContext>create(java.net.URI.create(props.jwkSetUri()).toURL())
                        .cache(keysKept.toMillis(), Math.min(15_000, keysKept.toMillis() / 4))
                        .refreshAheadCache(false)
                        // at most one fetch per interval for unknown keys (a flood of forged kids), under the lifetime
                        .rateLimited(Math.min(30_000, keysKept.toMillis() / 2))
                        .retrying(true)
                        .outageTolerant(outage.toMillis())
                        .build()).build();
        // 10 s of clock skew instead of the default 60: access tokens live only 5 minutes
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new org.springframework.security.oauth2.jwt.JwtTimestampValidator(java.time.Duration.ofSeconds(10)),
                new org.springframework.security.oauth2.jwt.JwtIssuerValidator(props.issuer()), audience(props.audience())));
        // the validators' own clock, not the application's: a token's expiry is real time
        return new CachingJwtDecoder(decoder, java.time.Clock.systemUTC(), 10_000);
    }

    private static OAuth2TokenValidator<Jwt> audience(String audience) {
        OAuth2Error wrongAudience = new OAuth2Error("invalid_token", "the token is not meant for " + audience, null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(wrongAudience);
    }

    private static RSAPublicKey readKey(org.springframework.core.io.Resource pem) throws Exception {
        String text;
        try (InputStream in = pem.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the token signing key " + pem, e);
        }
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
