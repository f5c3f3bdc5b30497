package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of the tests that run against the real Keycloak: starts it once per JVM with
 * {@code infra/keycloak/keycloak.sh} (and stops it at the end if it started it), and acts like a browser
 * (cookies, the login form) to obtain real tokens through the authorization code flow with PKCE.
 */
abstract class RealKeycloakSupport {
    static final String KEYCLOAK = "http://localhost:8180";
    /** The redirect URI registered for the web client; codes are taken from Keycloak's redirect, not followed. */
    static final String REDIRECT = "http://localhost:18081/login/oauth2/code/keycloak";
    private static final Path SCRIPT = Path.of("../../infra/keycloak/keycloak.sh").toAbsolutePath().normalize();
    private static boolean started;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final Map<String, String> cookies = new LinkedHashMap<>();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static synchronized void startKeycloak() throws Exception {
        if (started) {
            return;
        }
        boolean alreadyRunning = script("status") == 0;
        assertThat(script("start")).as("infra/keycloak/keycloak.sh start").isZero();
        started = true;
        if (!alreadyRunning) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    script("stop");
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
        }
    }

    String clientCredentials(String client, String secret) throws Exception {
        return tokenFrom("/realms/tsunagu", Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
    }
    /** A token of another realm (master): another issuer, another key. */
    String masterAdminToken() throws Exception {
        return tokenFrom("/realms/master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                "password", System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")));
    }
    String tokenFrom(String realm, Map<String, String> form) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body()).get("access_token").asString();
    }

    /** The authorization code flow as the test's own client (the realm's redirect URI), then the code exchange. */
    String accessToken(String username, String password) throws Exception {
        cookies.clear();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = REDIRECT;
        String authorize = KEYCLOAK + "/realms/tsunagu/protocol/openid-connect/auth?client_id=tsunagu-web&response_type=code"
                + "&scope=openid&state=test&redirect_uri=" + enc(redirect) + "&code_challenge=" + challenge
                + "&code_challenge_method=S256";
        boolean enrolled = TOTP_SECRETS.containsKey(username);
        String callback = login(authorize, username, password);
        if (!enrolled && TOTP_SECRETS.containsKey(username)) {
            // the login that sets up TOTP counts as password only; a person would now log in with the code
            return accessToken(username, password);
        }
        String code = query(callback).get("code");
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/realms/tsunagu/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "code", code,
                        "redirect_uri", redirect, "client_id", "tsunagu-web", "client_secret", "tsunagu-web-dev-secret",
                        "code_verifier", verifier)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json.readTree(tokens.body()).get("access_token").asString();
    }

    /** Secrets of the TOTP credentials that the tests enrolled, by user (Keycloak is fresh in every JVM). */
    static final Map<String, String> TOTP_SECRETS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Logs in like a person: the password form, then Keycloak's TOTP set-up page on the first login of a user
     * who must have a second factor (the secret is read from the page and kept), or the one-time-password
     * form on later logins. Returns the redirect to the client with the code.
     */
    String login(String authorize, String username, String password) throws Exception {
        HttpResponse<String> page = get(authorize);
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> r = postForm(formAction(page.body(), "kc-form-login"), Map.of("username", username, "password", password));
        for (int steps = 0; steps < 5; steps++) {
            if (r.statusCode() == 302) {
                String next = location(r, KEYCLOAK);
                if (next.startsWith(KEYCLOAK)) {
                    r = get(next);
                    continue;
                }
                return next;
            }
            String body = r.body();
            if (body.contains("kc-totp-settings-form")) {
                String secret = hidden(body, "totpSecret");
                TOTP_SECRETS.put(username, secret);
                r = postForm(formAction(body, "kc-totp-settings-form"),
                        Map.of("totp", totp(username), "totpSecret", secret, "userLabel", "e2e"));
            } else if (body.contains("kc-otp-login-form")) {
                if (!TOTP_SECRETS.containsKey(username)) {
                    // enrolled by an earlier run against a Keycloak that kept running: enrol again
                    resetTotp(username);
                    cookies.clear();
                    return login(authorize, username, password);
                }
                r = postForm(formAction(body, "kc-otp-login-form"), Map.of("otp", totp(username)));
            } else {
                throw new AssertionError("unexpected page after login of " + username + ": " + r.statusCode() + " " + body);
            }
        }
        throw new AssertionError("login of " + username + " did not finish");
    }

    /** Removes a user's OTP credentials and asks for a new set-up at the next login (as an administrator would). */
    void resetTotp(String username) throws Exception {
        String admin = clientCredentials("tsunagu-provisioner", "tsunagu-provisioner-dev-secret");
        String users = KEYCLOAK + "/admin/realms/tsunagu/users";
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username=" + enc(username)))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        String id = json.readTree(found.body()).get(0).get("id").asString();
        HttpResponse<String> credentials = http.send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/credentials"))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        for (var credential : json.readTree(credentials.body())) {
            if ("otp".equals(credential.get("type").asString())) {
                http.send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/credentials/" + credential.get("id").asString()))
                        .header("Authorization", "Bearer " + admin).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        }
        http.send(HttpRequest.newBuilder(URI.create(users + "/" + id)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requiredActions\":[\"CONFIGURE_TOTP\"]}")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    static String formAction(String html) {
        return formAction(html, "kc-form-login");
    }

    static String formAction(String html, String formId) {
        Matcher m = Pattern.compile("<form[^>]*id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\""
                + formId + "\"").matcher(html);
        assertThat(m.find()).as("form %s in %s", formId, html).isTrue();
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"" + name + "\"")
                .matcher(html);
        assertThat(m.find()).as("hidden field %s", name).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /**
     * The current one-time password of an enrolled user (RFC 6238: HMAC-SHA1 over the 30-second step, 6 digits;
     * Keycloak's key is the secret's bytes). Codes are single-use, so a second login in the same step uses the
     * next step's code, which Keycloak accepts (look-ahead 1), and waits when that is used too.
     */
    static synchronized String totp(String username) throws Exception {
        String secret = TOTP_SECRETS.get(username);
        assertThat(secret).as("TOTP secret of %s", username).isNotNull();
        long last = LAST_STEP.getOrDefault(username, 0L);
        long use;
        while (true) {
            long step = System.currentTimeMillis() / 30_000;
            use = Math.max(step, last + 1);
            if (use <= step + 1) {
                break;
            }
            Thread.sleep((step + 1) * 30_000 - System.currentTimeMillis() + 200);
        }
        LAST_STEP.put(username, use);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
        byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(use).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    HttpResponse<String> get(String url) throws Exception {
        return remember(http.send(withCookies(HttpRequest.newBuilder(URI.create(url)), url).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> postForm(String url, Map<String, String> fields) throws Exception {
        return remember(http.send(withCookies(HttpRequest.newBuilder(URI.create(url)), url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Keycloak marks its cookies Secure even on http://localhost; browsers send them back there, so do we. */
    private HttpRequest.Builder withCookies(HttpRequest.Builder builder, String url) {
        String prefix = URI.create(url).getPort() + "|";
        String header = cookies.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(e -> e.getKey().substring(prefix.length()) + "=" + e.getValue()).collect(Collectors.joining("; "));
        return header.isEmpty() ? builder : builder.header("Cookie", header);
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        String prefix = response.uri().getPort() + "|";
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(prefix + pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return response;
    }

    static String location(HttpResponse<String> response, String base) {
        String location = response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no redirect from " + response.uri() + ": " + response.statusCode() + " " + response.body()));
        return URI.create(base).resolve(location).toString();
    }

    static Map<String, String> query(String url) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            result.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return result;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static int script(String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/keycloak-script.log")));
        pb.environment().putIfAbsent("KC_PORT", "8180");
        return pb.start().waitFor();
    }
}
