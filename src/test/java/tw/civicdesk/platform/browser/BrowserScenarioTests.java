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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * A staff member uses CivicDesk in a real headless Chromium: the public pages, signing in with
 * the keyboard alone, switching language, the console — and axe-core finds no WCAG 2.1 A/AA
 * violation on any page in either language. Skipped only when Chromium is absent and CI is not
 * set; under CI a missing browser fails the run.
 */
@IntegrationTest
class BrowserScenarioTests {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a",
      "wcag21aa");

  private static WebDriver browser;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("CI") != null) {
      assertThat(present).as("Chromium and chromedriver must be installed under CI").isTrue();
    }
    assumeTrue(present, "Chromium is not installed here; CI installs it");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("civicdesk-chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void startClean() {
    browser.manage().deleteAllCookies();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void assertAccessible(String page) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    List<String> violations = results.getViolations().stream()
        .map(BrowserScenarioTests::describe).toList();
    assertThat(violations).as("axe-core WCAG 2.1 AA violations on " + page).isEmpty();
    assertThat(results.getPasses()).as("axe-core ran rules on " + page).isNotEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
        .map(n -> String.valueOf(n.getTarget())).toList();
  }

  @Test
  void publicPagesPassAxeInBothLanguages() {
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/?lang=" + lang));
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo(lang.equals("en") ? "en" : "zh-Hant-TW");
      assertAccessible("home " + lang);
      browser.get(url("/sign-in"));
      assertAccessible("sign-in " + lang);
    }
  }

  @Test
  void aStaffMemberSignsInWithTheKeyboardSwitchesLanguageAndUsesTheConsole() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("BROWSER", null);
    browser.get(url("/sign-in?lang=zh-TW"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("zh-Hant-TW");

    // The skip link is the first thing the keyboard reaches.
    WebElement body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    WebElement focused = browser.switchTo().activeElement();
    assertThat(focused.getAttribute("class")).contains("skip-link");

    WebElement username = browser.findElement(By.id("username"));
    username.sendKeys(agency.username(Role.AGENCY_ADMIN));
    username.sendKeys(Keys.TAB);
    WebElement password = browser.switchTo().activeElement();
    password.sendKeys(TestOrganisation.PASSWORD);
    andWaitForNextPage(() -> password.sendKeys(Keys.ENTER));
    assertThat(browser.getCurrentUrl()).endsWith("/console");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("您好");
    assertAccessible("console home zh-TW");

    andWaitForNextPage(() -> browser.findElement(By.cssSelector("a[hreflang='en']")).click());
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Welcome");
    assertAccessible("console home en");

    for (String path : List.of("/console/agencies", "/console/agencies/" + agency.code().value(),
        "/console/agencies/" + agency.code().value() + "/edit",
        "/console/agencies/" + agency.code().value() + "/staff/new",
        "/console/calendar", "/console/calendar/closures/" + agency.code().value())) {
      browser.get(url(path));
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
      assertAccessible(path);
    }

    // A form with errors stays accessible and names the field at fault.
    browser.get(url("/console/agencies/" + agency.code().value() + "/units/new"));
    browser.findElement(By.id("code")).sendKeys("bad code!");
    browser.findElement(By.id("nameZh")).sendKeys("社會課");
    andWaitForNextPage(() -> browser.findElement(By.cssSelector("main button[type=submit]"))
        .click());
    assertThat(browser.findElement(By.id("code")).getAttribute("aria-describedby"))
        .isEqualTo("code-error");
    assertAccessible("unit form with errors");
    screenshot("console-unit-form-errors");
  }

  @Test
  void theCataloguePagesPassAxeInBothLanguagesAndAnEditorWorksThemByKeyboard() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("BRCAT", null);
    ServiceCode code = new ServiceCode(agency.code().value() + "-LOW-INCOME");
    var entry = editing.create(agency.as(Role.QUALITY_OFFICER), agency.code(), code,
        agency.unit().id(), CatalogueFixtures.lowIncomeCertificate());
    editing.publish(agency.as(Role.QUALITY_OFFICER), code, entry.revision());
    for (String lang : List.of("zh-TW", "en")) {
      for (String path : List.of("/services?lang=" + lang,
          "/services?q=%E6%94%B6%E5%85%A5&lang=" + lang,
          "/services/" + code.value() + "?lang=" + lang,
          "/services/" + code.value() + "/apply?lang=" + lang,
          "/agencies/" + agency.code().value() + "?lang=" + lang)) {
        browser.get(url(path));
        assertAccessible(path);
      }
    }
    signIn(agency.username(Role.QUALITY_OFFICER));
    for (String lang : List.of("en", "zh-TW")) {
      for (String path : List.of("/console/services?lang=" + lang, "/console/services/new",
          "/console/services/" + code.value() + "/edit",
          "/console/services/" + code.value() + "/preview")) {
        browser.get(url(path));
        assertAccessible(path + " (" + lang + ")");
      }
    }
    browser.get(url("/console/services/" + code.value() + "/edit"));
    WebElement name = browser.findElement(By.id("nameZh"));
    name.clear();
    name.sendKeys("低收入戶證明（修訂）");
    andWaitForNextPage(() -> name.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("草稿已儲存");
    andWaitForNextPage(() -> browser.findElement(By.cssSelector("form[action$='/publish'] button"))
        .sendKeys(Keys.ENTER));
    browser.get(url("/services/" + code.value()));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("低收入戶證明（修訂）");
  }

  private void signIn(String username) {
    browser.get(url("/sign-in?lang=zh-TW"));
    browser.findElement(By.id("username")).sendKeys(username);
    WebElement password = browser.findElement(By.id("password"));
    password.sendKeys(TestOrganisation.PASSWORD);
    andWaitForNextPage(() -> password.sendKeys(Keys.ENTER));
    assertThat(browser.getCurrentUrl()).as("signed in").endsWith("/console");
  }

  /** Does {@code action} and waits until the browser has left the current page. */
  private static void andWaitForNextPage(Runnable action) {
    WebElement current = browser.findElement(By.tagName("html"));
    action.run();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
      try {
        current.isEnabled();
        return false;
      } catch (WebDriverException gone) {
        return true;
      }
    });
  }

  @Test
  void theNotFoundPageIsAccessible() {
    browser.get(url("/no-such-page?lang=en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    assertAccessible("404");
    browser.get(url("/agencies/NO-SUCH?lang=zh-TW"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("找不到頁面或資料");
    assertAccessible("404 zh-TW");
  }

  private static void screenshot(String name) throws IOException {
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
