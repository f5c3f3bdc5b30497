package jp.tsunagu.app;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on the port that the realm's web client redirects to (18081), trusting the real
 * Keycloak's keys and creating users in it when provisioning. Tests that log in through the UI extend this,
 * so that they share one application context (and one port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=18081", "server.address=127.0.0.1",
        "tsunagu.identity.public-key-location=", "tsunagu.keycloak.provisioning=true"})
@ActiveProfiles("test")
abstract class KeycloakAppSupport extends RealKeycloakSupport {
    static final String APP = "http://localhost:18081";
}
