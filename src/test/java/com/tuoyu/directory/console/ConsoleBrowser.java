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

    /**
     * Signs in on the console's sign-in page with both factors, as a person with an authenticator app does: the
     * password, then the app's code; an account's first sign-in enrols the app (reads the secret the page shows as
     * text, types the app's first code, and goes on past the recovery codes, which the page shows once).
     */
    static void signIn(Page page, String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
        page.locator("#code, [data-test=enrol-secret]").first().waitFor();
        if (page.locator("[data-test=enrol-secret]").isVisible()) {
            String secret = page.locator("[data-test=enrol-secret]").innerText().replace(" ", "").strip();
            com.tuoyu.directory.support.StaffSignIn.remember(username, secret);
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("[data-test=enrol-qr]")).isVisible();
            page.locator("#enrol-code").fill(com.tuoyu.directory.support.StaffSignIn.code(secret));
            page.locator("[data-test=enrol-confirm]").click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("[data-test=recovery-codes] li")).hasCount(10);
            page.locator("[data-test=recovery-done]").click();
        } else {
            page.locator("#code").fill(com.tuoyu.directory.support.StaffSignIn.codeOf(username));
            page.locator("[data-test=code-submit]").click();
        }
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
