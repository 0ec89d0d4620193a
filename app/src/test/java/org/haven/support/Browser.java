package org.haven.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Debian Chromium driven by Playwright, one fresh browser context per test, a screenshot
 * in target/screenshots when a test fails, and an axe-core accessibility check for any page.
 * Without Chromium the browser tests are skipped locally but fail in CI (CI=true), where .ci/run
 * installs it.
 */
public class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestWatcher {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("HAVEN_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;
    private BrowserContext context;
    private Page page;

    @Override
    public void beforeAll(ExtensionContext extension) {
        boolean inCi = System.getenv("CI") != null;
        assumeTrue(inCi || Files.isExecutable(CHROMIUM),
                "No Chromium at " + CHROMIUM + ": browser tests skipped (apt-get install chromium to run them)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    public Page page() {
        return page;
    }

    /** A phone-sized browser with touch, instead of the default one for this test. */
    public Page newPhonePage() {
        closeContext();
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setHasTouch(true).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        return page;
    }

    /**
     * A browser with JavaScript switched off, instead of the default one for this test: every
     * journey must still work.
     */
    public Page newPageWithoutJavaScript() {
        closeContext();
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("en-GB").setJavaScriptEnabled(false));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        return page;
    }

    /** Fails with the list of WCAG 2.1 AA violations axe-core finds on the page as it is now. */
    /** Signs a demo user in through the sign-in form, with the password. */
    public static void signIn(Page page, int port, String username) {
        page.navigate("http://localhost:" + port + "/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(DemoUsers.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    public static void assertAccessible(Page page) {
        List<Rule> violations = new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations();
        assertThat(violations)
                .as("WCAG 2.1 AA violations on %s:%n%s", page.url(), violations.stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                                .map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Override
    public void testFailed(ExtensionContext extension, Throwable cause) {
        if (page != null) {
            try {
                Path shot = Path.of("target", "screenshots", extension.getDisplayName().replaceAll("\\W+", "_") + ".png");
                Files.createDirectories(shot.getParent());
                page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            } catch (Exception screenshotFailed) {
                cause.addSuppressed(screenshotFailed);
            }
        }
        closeContext();
    }

    @Override
    public void testSuccessful(ExtensionContext extension) {
        closeContext();
    }

    @Override
    public void testAborted(ExtensionContext extension, Throwable cause) {
        closeContext();
    }

    @Override
    public void testDisabled(ExtensionContext extension, Optional<String> reason) {
        closeContext();
    }

    private void closeContext() {
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
