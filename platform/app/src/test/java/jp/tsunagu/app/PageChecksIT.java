package jp.tsunagu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The checks that BrowserIT runs on every page find what they are for: BrowserIT's pages pass them, so without
 * this test a check that had stopped working (axe not run, a viewport not resized) would go unnoticed.
 * Plain pages from files, no application: a few seconds.
 */
class PageChecksIT {
    @TempDir
    static Path dir;
    static WebDriver browser;

    @BeforeAll
    static void open() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("a page with an unlabelled field, grey-on-white text and no lang fails with each rule's id, impact and element")
    void accessibilityViolations() throws Exception {
        visit("bad.html", """
                <!DOCTYPE html><html><head><title>bad</title></head><body><main>
                <h1>見出し</h1><p style="color:#bbb">薄い文字</p><form><input type="text" name="q"></form>
                </main></body></html>""");
        assertThatThrownBy(() -> new PageChecks(browser, "file:", dir).check()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("serious html-has-lang").hasMessageContaining("serious color-contrast")
                .hasMessageContaining("critical label").hasMessageContaining("[input]").hasMessageNotContaining("scrolls sideways");
        assertThat(dir.resolve("axe-findings.txt")).content().contains("bad.html [bad] serious color-contrast");
        assertThat(dir).isDirectoryContaining("glob:**/failed-*.png");
    }

    @Test
    @DisplayName("a page wider than a tablet fails at 768 px only, naming the element that sticks out; the window is restored")
    void sidewaysScrolling() throws Exception {
        browser.manage().window().setSize(new Dimension(1024, 768));
        visit("wide.html", """
                <!DOCTYPE html><html lang="ja"><head><title>wide</title></head><body><main><h1>見出し</h1>
                <div class="wide-thing" style="width:900px">広い</div>
                <div style="overflow-x:auto" tabindex="0" role="region" aria-label="枠"><div style="width:3000px">枠の中で広い</div></div>
                </main></body></html>""");
        assertThatThrownBy(() -> new PageChecks(browser, "file:", dir).check()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("scrolls sideways at a 768 px window").hasMessageNotContaining("at a 1280 px window")
                .hasMessageContaining("div.wide-thing").hasMessageNotContaining("3000").hasMessageNotContaining("axe");
        assertThat(browser.manage().window().getSize()).isEqualTo(new Dimension(1024, 768));
    }

    @Test
    @DisplayName("a good page passes, and is checked once: a second check of the same document does nothing")
    void goodPage() throws Exception {
        visit("good.html", """
                <!DOCTYPE html><html lang="ja"><head><title>good</title></head><body><main><h1>見出し</h1>
                <label>検索 <input type="text" name="q"></label></main></body></html>""");
        PageChecks checks = new PageChecks(browser, "file:", dir);
        checks.check();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.body.style.width = '3000px'");
        checks.check();
        new PageChecks(browser, "http://elsewhere", dir).check(); // another site's page: not ours to check
    }

    private static void visit(String name, String html) throws Exception {
        browser.get(Files.writeString(dir.resolve(name), html).toUri().toString());
    }
}
