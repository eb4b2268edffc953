package dev.earshot.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (no Selenium Manager, no downloads), with the
 * waits and screenshots the dashboard tests need.
 *
 * <p>The one way a page test gets a browser: {@code @RegisterExtension final HeadlessChrome browser =
 * HeadlessChrome.inTempProfile();} opens one before each test (once for the class on a {@code static} field) and
 * quits it after. Without Chromium a developer's run skips the test; in CI (.ci/run installs it) it fails.
 */
public final class HeadlessChrome implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(45);
    public static final int WIDTH = 1440;

    private ChromeDriver driver;
    private int width = WIDTH;
    private Path profile;
    private boolean perClass;

    private HeadlessChrome(ChromeDriver driver) {
        this.driver = driver;
    }

    /** An extension: a browser with a throw-away profile, for each test or (static field) for the class. */
    public static HeadlessChrome inTempProfile() {
        return new HeadlessChrome(null);
    }

    /** Lays pages out at {@code px} CSS pixels wide, as a phone (below 600) or a desktop browser would. */
    public void viewport(int px) {
        width = px;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", px, "height", 900, "deviceScaleFactor", 1, "mobile", px < 600));
    }

    /**
     * How far the page reaches beyond the viewport's right edge (0 when it fits), with the first elements that
     * stick out, for the failure message.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> horizontalOverflow() {
        return (Map<String, Object>) script("""
                const doc = document.documentElement;
                const w = doc.clientWidth;
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.width && r.right > w + 0.5 && !e.closest('.visually-hidden, .skip-link')) {
                    out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '')
                      + (e.dataset.testid ? '[' + e.dataset.testid + ']' : '') + ' to ' + Math.round(r.right) + ' px');
                  }
                }
                return { by: doc.scrollWidth - w, width: w, elements: out.slice(0, 8) };""");
    }

    /** Console errors (and failed loads) the page logged since the last call, as "message" lines. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Runs an async script: it calls {@code arguments[arguments.length - 1]} with its result. */
    public Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Fails in CI without Chromium, and skips the test elsewhere. */
    public static void assumeInstalled() {
        assertThat(installed() || System.getenv("CI") == null).as("Chromium in CI").isTrue();
        assumeTrue(installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver: apt-get install chromium "
                + "chromium-driver (.ci/run does)");
    }

    public static HeadlessChrome start(Path profile) {
        return new HeadlessChrome(launch(profile));
    }

    private static ChromeDriver launch(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",1000", "--lang=en-GB");
        // The page's console, so that tests can fail on a script error a user would never see.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Opens a dashboard address and waits until its page is mounted (a hash change alone renders asynchronously). */
    public void open(String url) {
        driver.get(url);
        String page = url.replaceFirst("^[^#]*#/?", "").replaceFirst("\\?.*$", "");
        until(() -> page.equals(script("return document.getElementById('main').dataset.page")) ? true : null, "page " + page);
    }

    /** Loads the current page again and waits for its load event. */
    public void reload() {
        driver.navigate().refresh();
    }

    public WebElement find(String testid) {
        return until(() -> first(testid), "[data-testid=" + testid + "] to appear");
    }

    public List<WebElement> findAll(String testid) {
        return driver.findElements(By.cssSelector("[data-testid='" + testid + "']"));
    }

    /** Waits until every card on the page has left its skeleton, then returns "testid=state" for each. */
    public List<String> settledCards() {
        until(() -> !cards().isEmpty() && cards().stream().noneMatch(s -> s.endsWith("=loading")) ? true : null,
                "every card to finish loading");
        return cards();
    }

    /** Read in one script, so that a card redrawn meanwhile cannot go stale under us. */
    @SuppressWarnings("unchecked")
    public List<String> cards() {
        return (List<String>) script("return [...document.querySelectorAll(\"main [data-testid^='chart-']\")]"
                + ".map(e => e.dataset.testid + '=' + e.dataset.state)");
    }

    /** Everything the page shows as text, the banner and the top bar included. */
    public String pageText() {
        return (String) script("return document.body.innerText");
    }

    /** The visible text of every element with this testid, read in one script. */
    @SuppressWarnings("unchecked")
    public List<String> texts(String testid) {
        return (List<String>) script("return [...document.querySelectorAll(`[data-testid='${arguments[0]}']`)].map(e => e.innerText)", testid);
    }

    /** Clicks the first element with this testid, again if the page redrew it between finding and clicking. */
    public void click(String testid) {
        until(() -> {
            find(testid).click();
            return true;
        }, "a clickable " + testid);
    }

    public String state(String testid) {
        return find(testid).getDomAttribute("data-state");
    }

    /** Waits for a card's state; a card that shows an error will not recover, so that fails at once. */
    public void awaitState(String testid, String state) {
        until(() -> {
            WebElement card = first(testid);
            String now = card == null ? null : card.getDomAttribute("data-state");
            if ("error".equals(now) && !"error".equals(state)) {
                throw new AssertionError(testid + " shows an error instead of " + state + ": " + card.getText().replace('\n', ' '));
            }
            return state.equals(now) ? true : null;
        }, testid + " to be " + state);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** A screenshot of the whole page, beyond the window's height (Chromium's own capture, over DevTools). */
    public Path screenshot(Path file) {
        Number height = (Number) script("return document.documentElement.scrollHeight");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public <T> T until(java.util.function.Supplier<T> condition, String what) {
        try {
            return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> condition.get());
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; cards: " + cards(), e);
        }
    }

    private WebElement first(String testid) {
        List<WebElement> found = findAll(testid);
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        open();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            open();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            quitAndRemove();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        quitAndRemove();
    }

    private void open() {
        assumeInstalled();
        profile = TempFolders.create("earshot-chromium");
        width = WIDTH;
        driver = launch(profile);
    }

    private void quitAndRemove() {
        try {
            if (driver != null) {
                close();
            }
        } finally {
            driver = null;
            TempFolders.delete(profile);
            profile = null;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
