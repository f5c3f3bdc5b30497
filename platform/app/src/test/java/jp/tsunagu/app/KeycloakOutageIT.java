package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Keycloak down (#25 point 5): the application reaches the real Keycloak through a TCP relay that this test cuts, as a
 * network partition or a stopped Keycloak would look to it (Keycloak itself stays up for the other tests, which share
 * it). Tokens are issued by Keycloak directly. While it cannot be reached the API keeps serving tokens that are still
 * valid, also one this instance has never seen, after the key cache's lifetime has passed; a new login is refused with
 * a 503 page in Japanese or English instead of sending the browser to a host that does not answer; when Keycloak
 * answers again, logins start again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=18083", "server.address=127.0.0.1",
        "tsunagu.identity.public-key-location=", "tsunagu.keycloak.provisioning=true",
        "tsunagu.identity.issuer=http://localhost:8180/realms/tsunagu",
        // short lifetimes, so the outage outlives the cached keys and the remembered availability within the test
        "tsunagu.identity.jwks-cache=PT2S", "tsunagu.keycloak.availability-kept=PT1S"})
@ActiveProfiles("test")
class KeycloakOutageIT extends RealKeycloakSupport {
    private static final String APP = "http://localhost:18083";
    private static final Relay RELAY = Relay.to(8180);

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        registry.add("tsunagu.keycloak.url", () -> "http://localhost:" + RELAY.port());
        registry.add("tsunagu.identity.jwk-set-uri",
                () -> "http://localhost:" + RELAY.port() + "/realms/tsunagu/protocol/openid-connect/certs");
    }

    @AfterAll
    static void closeRelay() {
        RELAY.close();
    }

    @Autowired
    ProvisionCommand provision;

    @Test
    @DisplayName("Keycloak unreachable: valid tokens keep working (also one not seen before), a new login gets a 503 page (ja, en), and logins start again when it is back")
    void keycloakDown() throws Exception {
        assertThat(provision.run(new String[] {Path.of("../../tenants").toAbsolutePath().normalize().toString()})).isZero();
        String staff = accessToken("hikari.staff", "demo-password");
        String sabikan = accessToken("hikari.sabikan", "demo-password");
        assertThat(api(staff).statusCode()).as("before the outage").isEqualTo(200);
        assertThat(login("ja").statusCode()).as("a login starts while Keycloak answers").isEqualTo(302);

        RELAY.cut();
        Thread.sleep(3_000); // past the cached keys' lifetime (2 s) and the remembered availability (1 s)

        assertThat(api(staff).statusCode()).as("a token used before, Keycloak down").isEqualTo(200);
        assertThat(api(sabikan).statusCode()).as("a valid token this instance has not seen, Keycloak down").isEqualTo(200);
        assertThat(api(staff.substring(0, staff.length() - 4) + "AAAA").statusCode()).as("a tampered token, Keycloak down")
                .isEqualTo(401);

        HttpResponse<String> ja = login("ja");
        assertThat(ja.statusCode()).isEqualTo(503);
        assertThat(ja.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(ja.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(ja.body()).contains("<html lang=\"ja\"", "ただいまログインできません", "ログイン済みの方はそのままお使いいただけます");
        HttpResponse<String> en = login("en");
        assertThat(en.statusCode()).isEqualTo(503);
        assertThat(en.body()).contains("<html lang=\"en\"", "Signing in is not possible right now", "already signed in");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(APP + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("an unauthenticated page leads to the login").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/oauth2/authorization/keycloak");

        RELAY.open();
        Thread.sleep(1_500);
        HttpResponse<String> back = login("ja");
        assertThat(back.statusCode()).as("Keycloak answers again: the login starts").isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElse("")).contains("/realms/tsunagu/protocol/openid-connect/auth");
    }

    private HttpResponse<String> api(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/offices")).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(APP + "/oauth2/authorization/keycloak"))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A TCP relay from a local port to another: cut, it refuses connections and drops the open ones. */
    static final class Relay implements AutoCloseable {
        private final int target;
        private final List<Socket> open = new CopyOnWriteArrayList<>();
        private final int port;
        private volatile ServerSocket server;

        private Relay(int target) throws IOException {
            this.target = target;
            ServerSocket first = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            this.port = first.getLocalPort();
            listen(first);
        }

        static Relay to(int target) {
            try {
                return new Relay(target);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        int port() {
            return port;
        }

        synchronized void open() throws IOException {
            if (server == null) {
                ServerSocket again = new ServerSocket();
                again.setReuseAddress(true);
                again.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                listen(again);
            }
        }

        synchronized void cut() throws IOException {
            if (server != null) {
                server.close();
                server = null;
            }
            for (Socket s : open) {
                s.close();
            }
            open.clear();
        }

        @Override
        public void close() {
            try {
                cut();
            } catch (IOException ignored) {
                // closing
            }
        }

        private void listen(ServerSocket socket) {
            server = socket;
            Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket client = socket.accept();
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                        open.add(client);
                        open.add(upstream);
                        pump(client, upstream);
                        pump(upstream, client);
                    } catch (IOException e) {
                        // closed by cut()
                    }
                }
            });
        }

        private static void pump(Socket from, Socket to) {
            Thread.ofVirtual().start(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // one side closed
                } finally {
                    try {
                        to.shutdownOutput();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            });
        }
    }
}
