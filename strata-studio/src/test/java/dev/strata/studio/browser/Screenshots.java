package dev.strata.studio.browser;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves {@code docs/studio/<page>.png} when the build runs with {@code -Dstrata.screenshots=true};
 * otherwise does nothing, so ordinary test runs leave the working tree alone.
 */
final class Screenshots {
    private Screenshots() {
    }

    static void take(WebDriver driver, String page) {
        if (!Boolean.getBoolean("strata.screenshots")) {
            return;
        }
        String repo = System.getenv("STRATA_REPO_DIR");
        Path dir = (repo == null ? Path.of("..") : Path.of(repo)).resolve("docs/studio");
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(page + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
