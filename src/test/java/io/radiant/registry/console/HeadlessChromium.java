package io.radiant.registry.console;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's Debian Chromium and chromedriver ({@code apt-get install chromium chromium-driver}; paths
 * overridable by CHROME_BIN and CHROMEDRIVER), headless, with a fresh profile and nothing that reaches
 * the network on its own. Without them the browser tests are skipped, and say so; with {@code CI=true}
 * they fail instead, since CI installs both.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of(env("CHROME_BIN", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private static final Map<ChromeDriver, Path> PROFILES = new ConcurrentHashMap<>();

    private HeadlessChromium() { }

    static void assumeInstalled() {
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return;
        }
        String missing = "The console's browser tests need Chromium (" + BINARY + ") and chromedriver (" + DRIVER
                + "): apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing + ". CI=true, so a missing browser is a failure, not a skip.");
        }
        System.err.println(missing + ". Skipping the browser tests.");
        Assumptions.abort(missing + ". Skipped (set CI=true to make this a failure).");
    }

    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,800", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Resizes the window so that the page itself (the viewport) has exactly this size. */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        JavascriptExecutor js = driver;
        long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long innerHeight = ((Number) js.executeScript("return window.innerHeight")).longValue();
        driver.manage().window().setSize(new Dimension(
                (int) (2 * width - innerWidth), (int) (2 * height - innerHeight)));
    }

    static Path freshProfile() {
        try {
            return Files.createTempDirectory("console-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A browser of its own for one test class: installed or skipped (see {@link #assumeInstalled}), a fresh profile,
     * the page exactly {@code width} × {@code height}. {@link #close} quits it and deletes the profile.
     */
    static ChromeDriver open(int width, int height) {
        assumeInstalled();
        Path profile = freshProfile();
        ChromeDriver driver = start(profile);
        PROFILES.put(driver, profile);
        viewport(driver, width, height);
        return driver;
    }

    /** Quits a browser of {@link #open} and deletes its profile; null (the class was skipped) is nothing to do. */
    static void close(ChromeDriver driver) {
        if (driver == null) {
            return;
        }
        driver.quit();
        Path profile = PROFILES.remove(driver);
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The page as a PNG in -Dconsole.screenshots (default target/console-screenshots); docs/console/ refreshes the docs. */
    static void screenshot(ChromeDriver driver, String name) {
        Path dir = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * A wait of the console's tests. The console re-renders a view when its data arrive, so an element read in
     * one poll can be gone by the next read; such a read is polled again instead of failing the test.
     */
    static WebDriverWait waitFor(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
