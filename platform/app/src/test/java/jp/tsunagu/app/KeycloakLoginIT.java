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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * End to end against a real Keycloak 26.7.3 started by {@code infra/keycloak/keycloak.sh} with the realm as
 * code: the demo tenants are provisioned (users created in Keycloak through the admin API), a demo user logs
 * in to the UI with authorization code + PKCE, and a real access token reads the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=18081", "server.address=127.0.0.1",
        "tsunagu.identity.public-key-location=", "tsunagu.keycloak.provisioning=true"})
@ActiveProfiles("test")
class KeycloakLoginIT {
    private static final String KEYCLOAK = "http://localhost:8180";
    private static final String APP = "http://localhost:18081";
    private static final Path SCRIPT = Path.of("../../infra/keycloak/keycloak.sh").toAbsolutePath().normalize();
    private static boolean startedHere;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ProvisionCommand provision;

    @BeforeAll
    static void startKeycloak() throws Exception {
        startedHere = script("status") != 0;
        assertThat(script("start")).as("infra/keycloak/keycloak.sh start").isZero();
    }

    @AfterAll
    static void stopKeycloak() throws Exception {
        if (startedHere) {
            script("stop");
        }
    }

    @Test
    @DisplayName("a demo user provisioned into Keycloak logs in with code + PKCE and sees the tenant's UI shell; a real token reads the API")
    void demoUserLogsIn() throws Exception {
        assertThat(provision.run(new String[] {Path.of("../../tenants").toAbsolutePath().normalize().toString()})).isZero();

        // the UI sends the browser to Keycloak, with PKCE
        HttpResponse<String> start = get(APP + "/");
        assertThat(start.statusCode()).isEqualTo(302);
        HttpResponse<String> toKeycloak = get(location(start, APP));
        String authorize = location(toKeycloak, APP);
        assertThat(authorize).startsWith(KEYCLOAK + "/realms/tsunagu/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256").contains("code_challenge=");

        // the login form, filled in like a person would
        String callback = login(authorize, "hikari.admin", "demo-password");
        assertThat(callback).startsWith(APP + "/login/oauth2/code/keycloak").contains("code=");
        HttpResponse<String> back = get(callback);
        assertThat(back.statusCode()).isEqualTo(302);
        HttpResponse<String> shell = get(location(back, APP));
        assertThat(shell.statusCode()).isEqualTo(200);
        assertThat(shell.body()).contains("社会福祉法人 ひかり福祉会", "ひかり作業所", "ひかり就労支援センター", "hikari.admin");

        // a wrong password is refused by Keycloak
        cookies.clear();
        String again = location(get(location(get(APP + "/"), APP)), APP);
        HttpResponse<String> refused = postForm(formAction(get(again).body()), Map.of("username", "hikari.admin", "password", "wrong"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("kc-form-login");

        // an access token issued by Keycloak reads the API of the user's tenant
        String token = accessToken("hikari.staff", "demo-password");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("iss").asString()).isEqualTo(KEYCLOAK + "/realms/tsunagu");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isLessThanOrEqualTo(300);
        HttpResponse<String> offices = http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/offices"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(offices.statusCode()).isEqualTo(200);
        assertThat(offices.body()).contains("ひかり作業所").doesNotContain("ひかり就労支援センター");
        HttpResponse<String> tampered = http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/offices"))
                .header("Authorization", "Bearer " + token.substring(0, token.length() - 4) + "AAAA").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tampered.statusCode()).isEqualTo(401);
    }

    /** The authorization code flow as the test's own client (the realm's redirect URI), then the code exchange. */
    private String accessToken(String username, String password) throws Exception {
        cookies.clear();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = APP + "/login/oauth2/code/keycloak";
        String authorize = KEYCLOAK + "/realms/tsunagu/protocol/openid-connect/auth?client_id=tsunagu-web&response_type=code"
                + "&scope=openid&state=test&redirect_uri=" + enc(redirect) + "&code_challenge=" + challenge
                + "&code_challenge_method=S256";
        String callback = login(authorize, username, password);
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

    private String login(String authorize, String username, String password) throws Exception {
        HttpResponse<String> page = get(authorize);
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = postForm(formAction(page.body()), Map.of("username", username, "password", password));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        return location(submitted, KEYCLOAK);
    }

    private static String formAction(String html) {
        Matcher m = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                .matcher(html);
        assertThat(m.find()).as("login form in %s", html).isTrue();
        return (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return remember(http.send(withCookies(HttpRequest.newBuilder(URI.create(url)), url).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> postForm(String url, Map<String, String> fields) throws Exception {
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

    private static String location(HttpResponse<String> response, String base) {
        String location = response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no redirect from " + response.uri() + ": " + response.statusCode() + " " + response.body()));
        return URI.create(base).resolve(location).toString();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            result.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return result;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int script(String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/keycloak-script.log")));
        pb.environment().putIfAbsent("KC_PORT", "8180");
        return pb.start().waitFor();
    }
}
