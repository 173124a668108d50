package dev.strata.studio.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the browser tests do on a studio page, by the {@code data-test} names the UI carries. */
final class StudioPage {
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;

    StudioPage(WebDriver driver) {
        this.driver = driver;
    }

    /**
     * A fresh wait each time: {@code withMessage} changes the wait it is called on. An element the page
     * re-rendered between finding and reading it is stale: look again rather than fail.
     */
    private org.openqa.selenium.support.ui.FluentWait<WebDriver> waiting() {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Opens the printed URL: the token becomes a cookie and the browser lands on the bare URL. */
    void open(BrowserStudio studio) {
        driver.get(studio.printedUrl());
        waiting().until(d -> d.getCurrentUrl().startsWith(studio.base()) && !d.getCurrentUrl().contains("token"));
        waitPresent("#nav [data-test=table-link], #nav .nav-empty");
    }

    /** Moves to a hash route, as a click on a link would. */
    void go(String hash) {
        js("location.hash = arguments[0]", hash);
        waiting().until(d -> d.getCurrentUrl().endsWith(hash));
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String source() {
        return driver.getPageSource();
    }

    void click(String css) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void doubleClick(String css) {
        new Actions(driver).doubleClick(waitPresent(css)).perform();
    }

    /** Sends keys to a focusable element (a grid cell, say). */
    void press(String css, CharSequence keys) {
        waitPresent(css).sendKeys(keys);
    }

    /** Replaces the text of an input (then types {@code keys}, which may end in Enter). */
    void type(String css, CharSequence keys) {
        WebElement input = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        js("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'))", input);
        input.sendKeys(keys);
    }

    /** Types into a column's filter and applies it with Enter. */
    void filter(String column, String text) {
        type("[data-test=filter-" + column + "]", text + org.openqa.selenium.Keys.ENTER);
    }

    String text(String css) {
        return waitPresent(css).getText();
    }

    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    List<String> attributes(String css, String attribute) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute(attribute)).toList();
    }

    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    WebElement waitPresent(String css) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    void waitText(String css, String text) {
        waiting().withMessage(() -> css + " never showed \"" + text + "\"; it shows: " + texts(css))
                .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
    }

    void waitCount(String css, int atLeast) {
        waiting().withMessage(() -> "fewer than " + atLeast + " of " + css)
                .until(d -> d.findElements(By.cssSelector(css)).size() >= atLeast);
    }

    void waitNot(String css) {
        waiting().until(d -> d.findElements(By.cssSelector(css)).isEmpty());
    }

    /** Waits until the grid shows rows (or its empty line) and no page is loading. */
    void waitGrid() {
        waiting().withMessage("the data grid never finished loading")
                .until(d -> !d.findElements(By.cssSelector("[data-test=grid] tbody tr")).isEmpty()
                        && d.findElements(By.cssSelector("#main.busy")).isEmpty());
    }

    /** Does {@code action} and waits for the grid to be drawn again. */
    void changeGrid(Runnable action) {
        WebElement before = waitPresent("[data-test=grid] tbody");
        action.run();
        waiting().until(ExpectedConditions.stalenessOf(before));
        waitGrid();
    }

    void nextPage() {
        changeGrid(() -> click("[data-test=next-page]"));
    }

    void previousPage() {
        changeGrid(() -> click("[data-test=prev-page]"));
    }

    boolean hasNextPage() {
        return waitPresent("[data-test=next-page]").isEnabled();
    }

    /** The values of an integer column on the current page. */
    List<Long> column(String name) {
        return texts("[data-test=grid-row] td[data-col=" + name + "]").stream().map(Long::parseLong).toList();
    }

    /** POSTs JSON from the page (same origin, with its cookie); returns {status, body}. */
    Map<?, ?> fetch(String path, String json) {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json'}, body: arguments[1]})"
                        + ".then(async r => done({status: r.status, body: await r.text()}), e => done({status: -1, body: String(e)}));",
                path, json);
        return (Map<?, ?>) result;
    }

    /** Runs a script in the page and returns its result. */
    Object script(String script, Object... args) {
        return js(script, args);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
