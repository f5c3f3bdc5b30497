package jp.tsunagu.app;

import jp.tsunagu.testsupport.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** UI sessions and the security headers a browser relies on. */
class SessionAndHeadersIT extends IntegrationTest {

    private static RequestPostProcessor user(String username) {
        return uiUser(username);
    }

    @Test
    @DisplayName("pages and API answers carry CSP (no framing), nosniff, frame DENY and a same-origin referrer policy; HSTS over TLS")
    void headers() throws Exception {
        mvc.perform(get("/").with(user("alpha.admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/").secure(true).with(user("alpha.admin")))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(as("alpha.admin", get("/api/v1/offices")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout}")
    Duration idleTimeout;

    @Test
    @DisplayName("a UI session ends after 30 minutes without activity (the container's idle timeout)")
    void idleTimeout() {
        org.assertj.core.api.Assertions.assertThat(idleTimeout).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    @DisplayName("a UI session ends 10 hours after login however active it is")
    void maximumLifetime() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/").session(session).with(user("alpha.admin"))).andExpect(status().isOk());
        session.setAttribute("tsunagu.sessionStarted", Instant.now().minus(Duration.ofHours(10)).minusSeconds(60));
        mvc.perform(get("/").session(session).with(user("alpha.admin"))).andExpect(redirectedUrl("/"));
        org.assertj.core.api.Assertions.assertThat(session.isInvalid()).isTrue();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.oauth2.client.registration.ClientRegistrationRepository clients;

    @Test
    @DisplayName("logout is a CSRF-protected POST that ends at Keycloak's end-session endpoint (RP-initiated logout)")
    void logout() throws Exception {
        RequestPostProcessor keycloakUser = oidcLogin().clientRegistration(clients.findByRegistrationId("keycloak"))
                .idToken(t -> t.claim("preferred_username", "alpha.admin"));
        mvc.perform(post("/logout").with(keycloakUser)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(keycloakUser).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("http://localhost:8180/realms/tsunagu/protocol/openid-connect/logout"),
                        containsString("id_token_hint="), containsString("post_logout_redirect_uri="))));
    }
}
