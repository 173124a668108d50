package dev.strata.studio.browser;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A headless Chromium for the browser tests: Debian's {@code /usr/bin/chromium} driven through
 * {@code /usr/bin/chromedriver} (override with {@code -Dstrata.chromium=} and {@code -Dstrata.chromedriver=}),
 * with a fresh profile, no network of its own, and never a download: both paths are given to
 * Selenium, so Selenium Manager is not asked for anything.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of(System.getProperty("strata.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("strata.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or fails saying how to install one (the tests are never skipped). */
    static Chromium start() {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("strata-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--window-size=1400,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().withSilent(true).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Chromium(driver, profile);
    }

    /** Fails with the install command when Chromium or ChromeDriver is missing. */
    static void requireInstalled() {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            throw new AssertionError("the studio browser tests need Chromium and ChromeDriver, but "
                    + (Files.isExecutable(BINARY) ? DRIVER : BINARY) + " is missing.\n"
                    + "  fix: sudo apt-get install -y chromium chromium-driver\n"
                    + "  (or point -Dstrata.chromium=... and -Dstrata.chromedriver=... at an installed pair)");
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary profile is harmless; the browser is closed either way.
            }
        }
    }
}
