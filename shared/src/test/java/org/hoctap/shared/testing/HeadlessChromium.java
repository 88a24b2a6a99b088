package org.hoctap.shared.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver, both named explicitly so that Selenium
 * Manager never downloads anything. The paths can be changed with the system properties
 * {@code hoctap.chromium} / {@code hoctap.chromedriver} or the environment variables
 * {@code HOCTAP_CHROMIUM} / {@code HOCTAP_CHROMEDRIVER}.
 */
public final class HeadlessChromium {
    /** Selenium warns on every start that it has no CDP classes for this Chromium; the tests need none. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    private static final Duration READY_WITHIN = Duration.ofSeconds(30);

    private HeadlessChromium() {
    }

    /** A browser showing an 800×480 viewport, like the kiosk's 7-inch screen; fails the test when none is installed. */
    public static ChromeDriver start(Path profileDir, int width, int height) {
        Path chromium = binary("hoctap.chromium", "HOCTAP_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = binary("hoctap.chromedriver", "HOCTAP_CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--user-data-dir=" + profileDir.toAbsolutePath(),
                        "--window-size=" + width + "," + height, "--lang=vi");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return driver;
    }

    /**
     * Opens a page (the kiosk's, the central web's) and waits until its script has loaded texts, session and names ({@code data-ready}).
     * A cold browser and JVM on a busy machine can take several seconds; when the page never gets ready the
     * failure says what the page had loaded and logged, so that a failure in CI can be explained.
     */
    public static void openUntilReady(ChromeDriver driver, URI page) {
        driver.get(page.toString());
        try {
            new WebDriverWait(driver, READY_WITHIN)
                    .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        } catch (TimeoutException notReady) {
            fail("The page " + page + " was not ready within " + READY_WITHIN.toSeconds() + " s.\ndata-ready: "
                    + driver.findElement(By.tagName("body")).getAttribute("data-ready")
                    + "\nrequests (name, start ms, duration ms): " + driver.executeScript(
                            "return JSON.stringify(performance.getEntriesByType('resource')"
                                    + ".map(function (e) { return [e.name, Math.round(e.startTime), Math.round(e.duration)]; }))")
                    + "\nconsole:\n" + console(driver), notReady);
        }
    }

    /** The page's console messages so far, to explain a failure. */
    public static String console(ChromeDriver driver) {
        StringBuilder out = new StringBuilder();
        driver.manage().logs().get(LogType.BROWSER).forEach(entry ->
                out.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n'));
        return out.toString();
    }

    private static Path binary(String property, String variable, String fallback) {
        String configured = System.getProperty(property, System.getenv(variable));
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        if (!Files.isExecutable(path)) {
            fail(path + " is missing: the browser tests need Debian's chromium and chromium-driver. Run "
                    + "provisioning/dev/install-test-tools (or set -D" + property + " / " + variable + ").");
        }
        return path;
    }
}
