package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The UI in a real browser (Debian's headless Chromium) with a real Keycloak login: a tenant admin manages
 * members and roles, an auditor searches the audit trail. Screenshots go to {@code target/screenshots}.
 */
class BrowserIT extends KeycloakAppSupport {
    @Autowired
    ProvisionCommand provision;

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        assertThat(provision.run(new String[] {Path.of("../../tenants").toAbsolutePath().normalize().toString()})).isZero();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--lang=ja",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "ja,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("a tenant admin adds a member with a role and an office; removing the last tenant admin is refused on the page")
    void tenantAdminManagesMembers() throws Exception {
        login("hikari.admin");
        browser.findElement(By.linkText("所属と役割")).click();
        wait(By.cssSelector("table.members"));
        browser.findElement(By.name("username")).sendKeys("hikari.newcomer");
        browser.findElement(By.cssSelector("input[name=roles][value=SUPPORT_STAFF]")).click();
        WebElement workshop = browser.findElements(By.cssSelector("input[name=officeIds]")).stream()
                .filter(e -> e.findElement(By.xpath("..")).getText().contains("ひかり作業所")).findFirst().orElseThrow();
        workshop.click();
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        WebElement row = wait(By.cssSelector("tr[data-username='hikari.newcomer']"));
        assertThat(row.getText()).contains("支援員").contains("ひかり作業所");
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).contains("hikari.newcomer");
        screenshot("members");

        browser.findElement(By.cssSelector("tr[data-username='hikari.admin'] button")).click();
        assertThat(wait(By.cssSelector(".error")).getText())
                .isEqualTo("この変更を行うとテナントに法人管理者が一人もいなくなるため、実行できません。");
        assertThat(browser.findElements(By.cssSelector("tr[data-username='hikari.admin']"))).hasSize(1);

        browser.findElement(By.cssSelector("tr[data-username='hikari.newcomer'] button")).click();
        wait(By.cssSelector(".message"));
        assertThat(browser.findElements(By.cssSelector("tr[data-username='hikari.newcomer']"))).isEmpty();
    }

    @Test
    @DisplayName("an auditor searches the trail by user and period, with 和暦 dates, and sees no member page")
    void auditorSearchesTheTrail() throws Exception {
        login("hikari.admin");
        browser.get(APP + "/admin/members");
        browser.findElement(By.name("username")).sendKeys("hikari.temp");
        browser.findElement(By.cssSelector("input[name=roles][value=AUDITOR]")).click();
        browser.findElement(By.cssSelector("input[name=allOffices]")).click();
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        wait(By.cssSelector("tr[data-username='hikari.temp']"));
        browser.quit();
        open();

        login("hikari.auditor");
        assertThat(browser.findElements(By.linkText("所属と役割"))).isEmpty();
        browser.findElement(By.linkText("監査記録")).click();
        wait(By.name("user")).sendKeys("hikari.admin");
        browser.findElement(By.cssSelector("form.search button")).click();
        WebElement table = wait(By.cssSelector("table.audit tbody tr"));
        assertThat(browser.findElement(By.cssSelector("table.audit")).getText()).contains("hikari.admin", "membership", "hikari.temp", "令和");
        assertThat(browser.findElement(By.cssSelector(".period")).getText()).contains("令和");
        assertThat(table.getText()).contains("hikari.admin");
        screenshot("audit");

        browser.get(APP + "/audit?from=2026-05-01&to=2026-04-01");
        assertThat(wait(By.cssSelector(".error")).getText()).isEqualTo("期間の開始日 2026-05-01 が終了日 2026-04-01 より後になっています。");
    }

    /** Password, then the one-time password from the user's authenticator (enrolled beforehand, as a person would). */
    private void login(String username) throws Exception {
        accessToken(username, "demo-password"); // sets up TOTP at the first login of a user who needs it
        browser.get(APP + "/");
        wait(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo-password");
        browser.findElement(By.id("kc-login")).click();
        WebElement otp = wait(By.id("otp"));
        otp.sendKeys(totp(username));
        browser.findElement(By.cssSelector("#kc-otp-login-form [type=submit]")).click();
        try {
            wait(By.cssSelector("header.site-header"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no shell after login of " + username + " at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private WebElement wait(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
