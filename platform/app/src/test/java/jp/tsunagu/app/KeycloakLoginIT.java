package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * End to end against a real Keycloak 26.7.3 started by {@code infra/keycloak/keycloak.sh} with the realm as
 * code: the demo tenants are provisioned (users created in Keycloak through the admin API), a demo user logs
 * in to the UI with authorization code + PKCE, and a real access token reads the API; the login page is the
 * product's own theme ({@code infra/keycloak/themes/tsunagu}), seen in headless Chromium.
 */
class KeycloakLoginIT extends KeycloakAppSupport {

    @Autowired
    ProvisionCommand provision;

    @org.springframework.beans.factory.annotation.Autowired
    jp.tsunagu.identity.Memberships memberships;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @org.junit.jupiter.api.BeforeEach
    void provisionDemoTenants() {
        assertThat(provision.run(new String[] {Path.of("../../tenants").toAbsolutePath().normalize().toString()})).isZero();
    }

    @Test
    @DisplayName("real tokens: wrong audience, foreign issuer, alg none, tampered and expired → 401; no membership → 403; a removed membership is refused on the next request")
    void tokenEdgeCases() throws Exception {
        assertThat(api(clientCredentials("tsunagu-provisioner", "tsunagu-provisioner-dev-secret")).statusCode())
                .as("wrong audience").isEqualTo(401);
        assertThat(api(masterAdminToken()).statusCode()).as("foreign issuer").isEqualTo(401);
        String staff = accessToken("hikari.staff", "demo-password");
        assertThat(api(staff).statusCode()).isEqualTo(200);
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + staff.split("\\.")[1] + ".";
        assertThat(api(none).statusCode()).as("alg none").isEqualTo(401);
        assertThat(api(staff.substring(0, staff.length() - 4) + "AAAA").statusCode()).as("tampered").isEqualTo(401);

        assertThat(api(accessToken("demo.admin", "demo-password")).statusCode()).as("no membership").isEqualTo(403);

        String admin = accessToken("hikari.admin", "demo-password");
        HttpResponse<String> removed = http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/memberships/hikari.staff"))
                .header("Authorization", "Bearer " + admin).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(api(staff).statusCode()).as("membership removed, same token").isEqualTo(403);

        // a short-lived token (10 s) of the e2e service account, made a member for this test
        jp.tsunagu.tenancy.TenantContext.runAs(jp.tsunagu.kernel.TenantId.of("11111111-1111-4111-8111-111111111111"),
                () -> tx.executeWithoutResult(s -> memberships.upsert("service-account-tsunagu-e2e", true, java.util.Set.of(),
                        java.util.Set.of(jp.tsunagu.kernel.Role.SUPPORT_STAFF))));
        String shortLived = clientCredentials("tsunagu-e2e", "tsunagu-e2e-dev-secret");
        assertThat(api(shortLived).statusCode()).isEqualTo(200);
        Thread.sleep(21_000); // 10 s lifetime + 10 s allowed clock skew
        assertThat(api(shortLived).statusCode()).as("expired").isEqualTo(401);
    }

    @Test
    @DisplayName("a user disabled in Keycloak can no longer log in; tokens already issued expire within 5 minutes")
    void disabledUser() throws Exception {
        String admin = clientCredentials("tsunagu-provisioner", "tsunagu-provisioner-dev-secret");
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(
                KEYCLOAK + "/admin/realms/tsunagu/users?exact=true&username=hikari.sabikan"))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        String id = json.readTree(found.body()).get(0).get("id").asString();
        String token = accessToken("hikari.sabikan", "demo-password");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isLessThanOrEqualTo(300);
        setEnabled(admin, id, false);
        try {
            cookies.clear();
            String authorize = KEYCLOAK + "/realms/tsunagu/protocol/openid-connect/auth?client_id=tsunagu-web&response_type=code"
                    + "&scope=openid&state=x&redirect_uri=" + enc(APP + "/login/oauth2/code/keycloak")
                    + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
            HttpResponse<String> page = get(authorize);
            HttpResponse<String> refused = postForm(formAction(page.body()),
                    Map.of("username", "hikari.sabikan", "password", "demo-password"));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.headers().firstValue("Location")).isEmpty();
        } finally {
            setEnabled(admin, id, true);
        }
        assertThat(accessToken("hikari.sabikan", "demo-password")).isNotBlank();
    }

    void setEnabled(String adminToken, String id, boolean enabled) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/tsunagu/users/" + id))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
    }

    private HttpResponse<String> api(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(APP + "/api/v1/offices")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }




    @Test
    @DisplayName("a demo user provisioned into Keycloak logs in with code + PKCE and sees the tenant's UI shell; a real token reads the API")
    void demoUserLogsIn() throws Exception {

        // the UI sends the browser to Keycloak, with PKCE
        HttpResponse<String> start = get(APP + "/");
        assertThat(start.statusCode()).isEqualTo(302);
        HttpResponse<String> toKeycloak = get(location(start, APP));
        String authorize = location(toKeycloak, APP);
        assertThat(authorize).startsWith(KEYCLOAK + "/realms/tsunagu/protocol/openid-connect/auth")
                .contains("code_challenge_method=S256").contains("code_challenge=").contains("ui_locales=ja");

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

    @Test
    @DisplayName("the login page is the product's: its name and colours, Japanese for a browser that asks for English, English when chosen")
    void loginPageInTheProductsLook() throws Exception {
        Path profile = Files.createTempDirectory("chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--lang=en-US",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        try {
            assertThat(((JavascriptExecutor) browser).executeScript("return navigator.languages").toString()).startsWith("[en-US");
            browser.get(APP + "/");
            WebElement name = visible(browser, By.id("kc-header-wrapper"));
            assertThat(browser.getCurrentUrl()).startsWith(KEYCLOAK + "/realms/tsunagu/");
            assertThat(name.getText()).contains("つなぐ", "Tsunagu", "就労支援サービスの業務システム");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
            assertThat(browser.getTitle()).isEqualTo("つなぐ ログイン");
            assertThat(browser.findElement(By.id("kc-page-title")).getText()).isEqualTo("ログイン");
            assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).contains("ユーザー名");
            WebElement login = browser.findElement(By.id("kc-login"));
            assertThat(login.getText()).isEqualTo("ログイン");
            assertThat(login.getCssValue("background-color")).as("the key colour #0017C1").isEqualTo("rgba(0, 23, 193, 1)");
            assertThat(browser.findElement(By.tagName("body")).getCssValue("font-family")).startsWith("\"Noto Sans JP\"");
            screenshot(browser, "login");

            WebElement languages = browser.findElement(By.id("login-select-toggle"));
            String english = languages.findElement(By.cssSelector("option[value*='kc_locale=en']")).getAttribute("value");
            new Select(languages).selectByValue(english);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
            assertThat(visible(browser, By.id("kc-page-title")).getText()).isEqualTo("Log in");
            assertThat(browser.findElement(By.id("kc-header-wrapper")).getText()).contains("つなぐ", "Tsunagu");
            assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).contains("Username");
            screenshot(browser, "login-en");
        } finally {
            browser.quit();
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    private static WebElement visible(WebDriver browser, By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Into {@code target/screenshots}; the Japanese one is kept as {@code infra/keycloak/login.png} for the README. */
    private static void screenshot(WebDriver browser, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
