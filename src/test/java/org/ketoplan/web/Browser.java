package org.ketoplan.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian ({@code chromium} and {@code chromium-driver}, installed by {@code .ci/run}),
 * driven by Selenium with both paths given, so Selenium Manager never downloads a browser or a driver. Saves a
 * screenshot of each page under {@code target/screenshots/} and checks each with axe-core.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final Path downloads;
    private int shots;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    /** The browser, or the test skipped (saying why) when this machine has no Chromium and chromedriver. */
    static Browser start(Path downloads) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium here: the browser test needs Debian's chromium and chromium-driver (" + CHROMIUM
                        + ", " + CHROMEDRIVER + "); .ci/run installs them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB", "--no-first-run", "--disable-extensions");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), downloads);
    }

    /** A wait of at most 30 s that looks again when the page replaced the element it was reading. */
    WebDriverWait waiting() {
        WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(30));
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    /** Waits for {@code condition}; on a timeout the failure carries the page's address and text. */
    <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            return waiting().until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited in vain at " + driver.getCurrentUrl() + ": " + e.getMessage()
                    + "\npage: " + driver.getPageSource().substring(0, Math.min(3000, driver.getPageSource().length())), e);
        }
    }

    /** In the meal builder: finds each food by its words and adds it with its button ({words, id} pairs). */
    void addFoods(java.util.List<String[]> foods) {
        for (String[] food : foods) {
            org.openqa.selenium.WebElement search = driver.findElement(org.openqa.selenium.By.id("food-search"));
            search.clear();
            search.sendKeys(food[0]);
            waitFor(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                    org.openqa.selenium.By.cssSelector("button[data-op='add:" + food[1] + "']"))).click();
            waitFor(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.id("amount-" + food[1])));
        }
    }

    /** Saves a screenshot as {@code target/screenshots/NN-name.png} and checks the page with axe-core. */
    void look(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            // the whole page: the window is made as tall as the page for the picture, then put back
            org.openqa.selenium.Dimension size = driver.manage().window().getSize();
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(),
                    (int) Math.min(6000, Math.max(size.getHeight(), height + 140))));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(size);
            Files.write(SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shots, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> serious = axe();
        assertTrue(serious.isEmpty(), name + ": serious or critical accessibility violations: " + serious);
    }

    /** axe-core's serious and critical violations of the page: rule, impact and the first elements. */
    @SuppressWarnings("unchecked")
    List<String> axe() {
        driver.executeScript(axeSource());
        Object result = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.map(function (v) { return {id: v.id, impact: v.impact || '',"
                + "    nodes: v.nodes.slice(0, 3).map(function (n) { return n.html; }).join(' | ')}; })); });");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            String impact = String.valueOf(v.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                out.add(v.get("id") + " (" + impact + "): " + v.get("nodes"));
            }
        }
        return out;
    }

    private static String axe;

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
