package com.tuoyu.directory.console;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ScreenshotAnimations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A headless Chromium for the console's browser tests: the machine's own browser (Debian's chromium, or the path in
 * the system property {@code console.chromium}), never one Playwright downloads. The flags keep it off the network
 * (no component updates, no background requests) and let it run as root in CI containers.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target/console-screenshots");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    ConsoleBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("console.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(ARGS));
    }

    /**
     * A fresh profile (no cookies) at the smallest desktop size the console is built for, in Beijing time. Errors the
     * page logs (a script or render failing, a resource the CSP refuses) are collected in {@code errors}.
     */
    Page newPage(List<String> errors) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setTimezoneId("Asia/Shanghai").setViewportSize(1366, 768));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.onPageError(errors::add);
        page.onConsoleMessage(message -> {
            // A refused call (401 before a refresh, 404 of another county's complaint) is logged by the browser too.
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                errors.add(message.text());
            }
        });
        return page;
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Finished transitions: Element Plus fades tags and loading masks in and out.
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED));
    }

    /** Runs axe-core (WCAG 2 A and AA rules) on the page as it is and fails on any serious or critical violation. */
    static void assertAccessible(Page page, String screen) {
        Path axe = Path.of(System.getProperty("console.axe", "src/console/node_modules/axe-core/axe.min.js"));
        assertThat(axe).as("axe-core is installed by the console's npm build").exists();
        // Element Plus animates colours (0.3 s) after a click: judge the settled page, not a colour half-way.
        page.waitForTimeout(500);
        // Evaluated, not added as a <script>: the console's CSP rightly refuses inline scripts.
        try {
            page.evaluate(Files.readString(axe));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                "async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })).violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({ id: v.id, impact: v.impact, help: v.help,"
                        + " targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }))");
        assertThat(violations).as("serious or critical accessibility violations on the %s page:%n%s", screen,
                violations.stream().map(Object::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
