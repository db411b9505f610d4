// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * What every browser test needs: one headless Chromium per test class, a fresh cookie jar per test,
 * signing in, waiting for the next page, and an axe-core WCAG 2.1 A/AA check that fails on any
 * violation. Skipped only when Chromium is absent and CI is not set; under CI a missing browser
 * fails the run. Subclasses are {@code @IntegrationTest}s.
 */
public abstract class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  protected static WebDriver browser;

  @LocalServerPort protected int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("CI") != null) {
      assertThat(present).as("Chromium and chromedriver must be installed under CI").isTrue();
    }
    assumeTrue(present, "Chromium is not installed here; CI installs it");
    browser = new ChromeDriver(service(), options());
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /**
   * A second headless Chromium, with JavaScript off, for pages that must work without it; the
   * caller quits it. WebDriver still finds and clicks elements (through DevTools).
   */
  protected static ChromeDriver withoutJavaScript() throws IOException {
    ChromeOptions options = options();
    options.setExperimentalOption(
        "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
    return new ChromeDriver(service(), options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  private static ChromeOptions options() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("civicdesk-chromium"));
    return options;
  }

  private static ChromeDriverService service() {
    return new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
  }

  @BeforeEach
  void startClean() {
    browser.manage().deleteAllCookies();
  }

  /** The absolute address of {@code path} on the running test server. */
  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Fails when axe-core finds any WCAG 2.1 A/AA violation on the current page. */
  protected static void assertAccessible(String page) {
    // Legacy mode runs axe inside the page. The default mode finishes in a blank window it opens
    // with a 1 s page-load timeout, which a loaded machine misses ("Timed out receiving message
    // from renderer"); our pages have no frames, so both modes check the same.
    Results results = new AxeBuilder().withTags(WCAG_21_AA).setLegacyMode(true).analyze(browser);
    List<String> violations = results.getViolations().stream().map(BrowserTest::describe).toList();
    assertThat(violations).as("axe-core WCAG 2.1 AA violations on " + page).isEmpty();
    assertThat(results.getPasses()).as("axe-core ran rules on " + page).isNotEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + ": "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
  }

  /** Signs {@code username} in with the test password, in Chinese, and lands on the console. */
  protected void signIn(String username) {
    browser.get(url("/sign-in?lang=zh-TW"));
    browser.findElement(By.id("username")).sendKeys(username);
    WebElement password = browser.findElement(By.id("password"));
    password.sendKeys(TestOrganisation.PASSWORD);
    andWaitForNextPage(() -> password.sendKeys(Keys.ENTER));
    assertThat(browser.getCurrentUrl()).as("signed in").endsWith("/console");
  }

  /** Does {@code action} and waits until the browser has left the current page. */
  protected static void andWaitForNextPage(Runnable action) {
    WebElement current = browser.findElement(By.tagName("html"));
    action.run();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            driver -> {
              try {
                current.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                return true;
              }
            });
  }

  /** Sizes the window as a desktop screen, 1280 × 900 CSS pixels. */
  protected static void atDesktopSize() {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
  }

  /** Sizes the window as a phone, 390 × 844 CSS pixels. */
  protected static void atPhoneSize() {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
  }

  /** Fails when the current page scrolls sideways (a table or a form wider than the window). */
  protected static void assertNoHorizontalScroll(String page) {
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).longValue())
        .as("sideways scroll on " + page + " (px)")
        .isLessThanOrEqualTo(0);
  }

  /** Fails when two fields of one form share a name (radio buttons and check boxes excepted). */
  protected static void assertNoFieldTwiceInAForm(String page) {
    Object twice =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                """
        const found = [];
        for (const form of document.forms) {
          const seen = new Set();
          for (const field of form.elements) {
            if (!field.name || field.type === 'radio' || field.type === 'checkbox') continue;
            if (seen.has(field.name)) found.push((form.getAttribute('action') || '') + ' ' + field.name);
            seen.add(field.name);
          }
        }
        return found;""");
    assertThat((List<?>) twice).as("fields named twice in one form on " + page).isEmpty();
  }

  /**
   * Fails when the visible text of the current page contains any of {@code codes} — service codes,
   * user names, enum constants — where a person should read a name.
   */
  protected static void assertNoCodesShown(String page, java.util.Collection<String> codes) {
    String text = browser.findElement(By.tagName("body")).getText();
    assertThat(codes)
        .as("codes in the visible text of " + page)
        .noneMatch(code -> text.contains(code));
  }

  /** Saves a screenshot of the current page under {@code target/screenshots}. */
  protected static void screenshot(String name) throws IOException {
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
