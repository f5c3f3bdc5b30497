package jp.tsunagu.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page of the application that a browser test opens must pass (issue 19, points 6 and 7):
 * <ul>
 * <li>no sideways scrolling: at a desktop window (1280 px) and at the narrowest tablet (768 px, an iPad held
 * upright) the document is no wider than the viewport; a wide table scrolls inside its own wrapper;</li>
 * <li>no axe-core violation of impact serious or critical (WCAG 2.x A/AA and axe's best practices).</li>
 * </ul>
 * A test calls {@link #check()} after each navigation (BrowserIT does so in its {@code wait}); each document is
 * checked once (a mark is left on its window, so a page updated in place by htmx is not checked again), and pages
 * of another origin (Keycloak's login) are not ours and are skipped. Every axe finding, the moderate and minor ones
 * too, is written to {@code target/accessibility/axe-findings.txt}, and a failing page's HTML and screenshot beside it.
 */
final class PageChecks {
    /** A desktop window, then a tablet held upright (the narrow end of 768–1024 px; BrowserIT's tablet test uses 1024). */
    static final List<Dimension> WINDOWS = List.of(new Dimension(1280, 900), new Dimension(768, 900));
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /**
     * The page's width, and the elements sticking out of the viewport: the outermost of each branch, not those inside
     * a wrapper that scrolls. Where to look first.
     */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              const parent = e.parentElement.getBoundingClientRect();
              if (r.right > width + 0.5 && parent.right <= width + 0.5 && getComputedStyle(e.parentElement).overflowX === 'visible') {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string'
                    ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' (right edge at ' + Math.round(r.right) + ' px)');
              }
            }
            return {scrollWidth: document.documentElement.scrollWidth, clientWidth: width, innerWidth: window.innerWidth,
                    culprits: out.slice(0, 8)};
            """;

    /** The findings files begun in this JVM: each run of the tests writes a new one. */
    private static final Set<Path> begun = new java.util.HashSet<>();
    /** For each origin, the pages checked in this JVM and the nanoseconds that took. */
    private static final Map<String, long[]> spent = new java.util.HashMap<>();
    private final WebDriver browser;
    private final String origin;
    private final Path reports;

    /** Checks the pages of {@code origin} that {@code browser} shows; findings and failed pages go to target/accessibility. */
    PageChecks(WebDriver browser, String origin) {
        this(browser, origin, Path.of("target/accessibility"));
    }

    PageChecks(WebDriver browser, String origin, Path reports) {
        this.browser = browser;
        this.origin = origin;
        this.reports = reports;
    }

    /** Checks the page now shown, unless it is another site's or was checked already. */
    void check() {
        String url = browser.getCurrentUrl();
        if (url == null || !url.startsWith(origin) || Boolean.TRUE.equals(js("return window.__tsunaguChecked === true"))) {
            return;
        }
        long start = System.nanoTime();
        waitForLoad();
        List<String> problems = new ArrayList<>();
        Dimension before = browser.manage().window().getSize();
        try {
            for (Dimension window : WINDOWS) {
                resize(window);
                problems.addAll(overflow(window));
            }
        } finally {
            resize(before);
        }
        problems.addAll(accessibility(url));
        js("window.__tsunaguChecked = true");
        count(origin, System.nanoTime() - start);
        if (!problems.isEmpty()) {
            throw new AssertionError(url + " (" + browser.getTitle() + "):\n  " + String.join("\n  ", problems)
                    + "\n  the page as it was: " + keep());
        }
    }

    /** Resizes the window and waits for the page to have the new width (the renderer may follow a moment later). */
    private void resize(Dimension window) {
        browser.manage().window().setSize(window);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
                    Math.abs(((Number) js("return window.innerWidth")).intValue() - window.getWidth()) <= 20);
        } catch (org.openqa.selenium.TimeoutException e) {
            // reported by overflow() with the width the page has
        }
    }

    /** How many pages of the origin were checked in this JVM and how long that took: what the checks add to the tests' time. */
    static synchronized String summary(String origin) {
        long[] s = spent.getOrDefault(origin, new long[2]);
        return "page checks of %s: %d pages in %.1f s".formatted(origin, s[0], s[1] / 1e9);
    }

    private static synchronized void count(String origin, long took) {
        long[] s = spent.computeIfAbsent(origin, o -> new long[2]);
        s[0]++;
        s[1] += took;
    }

    private List<String> overflow(Dimension window) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) js(OVERFLOW);
        long scrollWidth = ((Number) m.get("scrollWidth")).longValue();
        long clientWidth = ((Number) m.get("clientWidth")).longValue();
        long innerWidth = ((Number) m.get("innerWidth")).longValue();
        if (Math.abs(innerWidth - window.getWidth()) > 20) {
            return List.of("the window was to be " + window.getWidth() + " px wide, its viewport is " + innerWidth + " px");
        }
        if (scrollWidth <= clientWidth) {
            return List.of();
        }
        return List.of("scrolls sideways at a " + window.getWidth() + " px window: the page is " + scrollWidth
                + " px wide for a viewport of " + clientWidth + " px; sticking out: " + m.get("culprits"));
    }

    private List<String> accessibility(String url) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // legacy mode: axe.run() in the page itself; the default (axe.runPartial() in each frame, then axe.finishRun() in a
        // blank window that it opens) handles cross-origin frames, which our pages do not have, and takes longer
        Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(browser);
        if (results.isErrored()) {
            return List.of("axe-core did not run: " + results.getErrorMessage());
        }
        List<String> problems = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (Rule rule : results.getViolations()) {
            String finding = rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " (" + rule.getHelpUrl() + ")"
                    + rule.getNodes().stream().map(PageChecks::node).collect(Collectors.joining());
            all.append(url).append(" [").append(browser.getTitle()).append("] ").append(finding).append('\n');
            if (BLOCKING.contains(rule.getImpact())) {
                problems.add("axe " + finding);
            }
        }
        record(all.toString());
        return problems;
    }

    /** The failing page's HTML and a screenshot, for a look at what the checks saw. */
    private String keep() {
        try {
            Path dir = Files.createDirectories(reports);
            String name = "failed-" + System.currentTimeMillis();
            Files.writeString(dir.resolve(name + ".html"), browser.getPageSource());
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"));
            return dir.resolve(name).toAbsolutePath() + ".{html,png}";
        } catch (IOException | RuntimeException e) {
            return "not kept (" + e + ")";
        }
    }

    private static String node(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ").trim();
        String html = node.getHtml().replaceAll("\\s+", " ");
        return "\n      " + node.getTarget() + " " + html.substring(0, Math.min(160, html.length()))
                + (summary.isEmpty() ? "" : "\n        " + summary);
    }

    private void waitForLoad() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(js("return document.readyState")));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void record(String findings) {
        Path file = reports.resolve("axe-findings.txt").toAbsolutePath();
        try {
            synchronized (begun) {
                if (begun.add(file)) {
                    Files.deleteIfExists(file);
                }
                if (findings.isEmpty()) {
                    return;
                }
                Files.createDirectories(reports);
                Files.writeString(file, findings, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
