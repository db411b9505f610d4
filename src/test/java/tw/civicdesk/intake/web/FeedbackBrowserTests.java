// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.petitions.FilePetition;
import tw.civicdesk.petitions.PetitionFixtures;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.petitions.Place;
import tw.civicdesk.platform.browser.BrowserTest;
import tw.civicdesk.platform.files.PhotoSamples;

/**
 * A citizen reports a street light that is out, anonymously and with a phone photo, in Chinese and
 * English, on a desktop and on a phone: the start page and every question page (with their error
 * summaries), the "someone already reported this nearby" page, the check-answers page, the
 * confirmation with case number, code and due date, then the public list with its map and the
 * report's own page — every step axe-clean, no field named twice, no sideways scroll on a phone, no
 * personal data on the public pages. A petition's page about the citizen offers no anonymity. The
 * list works as a table when the map cannot load (its script blocked).
 */
@IntegrationTest
class FeedbackBrowserTests extends BrowserTest {

  static final String LAT = "24.827812";
  static final String LON = "121.774536";

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  TestOrganisation.Setup agency;
  Path photo;
  Path notAPhoto;

  @BeforeEach
  void anAgencyTakingEveryKind() throws IOException {
    agency = TestOrganisation.from(context).agency("BRFB", null);
    PetitionFixtures.open(context, agency);
    photo = Files.createTempFile("IMG_0001", ".jpg");
    Files.write(photo, PhotoSamples.jpegWithGps(800, 600, 1));
    notAPhoto = Files.createTempFile("notes", ".jpg");
    Files.writeString(notAPhoto, "not a photo");
  }

  void assertFinished(String page, boolean phone) {
    assertAccessible(page);
    assertNoFieldTwiceInAForm(page);
    if (phone) {
      assertNoHorizontalScroll(page);
    }
  }

  static WebElement main() {
    return browser.findElement(By.tagName("main"));
  }

  static void submit() {
    andWaitForNextPage(
        () -> browser.findElement(By.cssSelector("main form button[type=submit]")).click());
  }

  @Test
  void aCitizenReportsAStreetLightAnonymouslyWithAPhotoInBothLanguagesOnADesktopAndAPhone()
      throws IOException {
    int round = 0;
    for (boolean phone : new boolean[] {false, true}) {
      for (String lang : List.of("zh-TW", "en")) {
        browser.manage().deleteAllCookies();
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        String at = lang + (phone ? "-phone" : "-desktop");
        String number = report(lang, phone, at, round++ > 0);
        publicPages(number, lang, phone, at);
      }
    }
    atDesktopSize();
  }

  private String report(String lang, boolean phone, String at, boolean othersNearby)
      throws IOException {
    boolean en = lang.equals("en");
    browser.get(url("/feedback?lang=" + lang));
    assertFinished("start " + at, phone);
    screenshot("feedback-start-" + at);
    submit();
    assertThat(browser.findElements(By.cssSelector(".error-summary a")))
        .extracting(a -> a.getDomAttribute("href"))
        .containsExactly("#agency", "#kind");
    assertFinished("start with errors " + at, phone);

    new Select(browser.findElement(By.id("agency"))).selectByValue(agency.code().value());
    browser.findElement(By.cssSelector("label[for=kind-3]")).click();
    submit();
    assertThat(browser.getCurrentUrl()).contains("/feedback/category");
    assertFinished("category " + at, phone);
    submit();
    assertThat(main().getText()).contains(en ? "Choose a category." : "請選擇");
    assertFinished("category with errors " + at, phone);
    browser
        .findElement(By.xpath("//label[contains(., '" + (en ? "Street light out" : "路燈故障") + "')]"))
        .click();
    submit();

    assertThat(browser.getCurrentUrl()).contains("/feedback/where");
    WebElement map = browser.findElement(By.cssSelector("[data-map-picker]"));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> map.isDisplayed());
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#where-map .leaflet-tile-loaded")).isEmpty());
    assertFinished("where " + at, phone);
    screenshot("feedback-where-" + at);
    screenshotAt("feedback-where-map-" + at, "[data-map-picker]");
    submit();
    assertThat(main().getText())
        .contains(en ? "Enter an address, or mark the place on the map." : "地址");
    assertFinished("where with errors " + at, phone);
    browser.findElement(By.cssSelector("[data-map-use-centre]")).click();
    assertThat(browser.findElement(By.id("lat")).getDomProperty("value")).isNotBlank();
    browser.findElement(By.id("address")).sendKeys("礁溪路五段100號前");
    type("lat", LAT);
    type("lon", LON);
    browser.findElement(By.cssSelector("label[for=atHome]")).click();
    submit();
    if (othersNearby) {
      assertThat(browser.getCurrentUrl()).contains("/feedback/nearby");
      assertThat(main().findElements(By.cssSelector(".nearby-list li"))).isNotEmpty();
      assertFinished("nearby " + at, phone);
      screenshot("feedback-nearby-" + at);
      submit();
    }

    assertThat(browser.getCurrentUrl()).contains("/feedback/details");
    assertFinished("details " + at, phone);
    submit();
    assertThat(browser.findElements(By.cssSelector(".error-summary a")))
        .extracting(a -> a.getDomAttribute("href"))
        .containsExactly("#subject", "#description");
    assertFinished("details with errors " + at, phone);
    browser.findElement(By.id("subject")).sendKeys(en ? "Street light out all night" : "路燈整晚不亮");
    browser
        .findElement(By.id("description"))
        .sendKeys(en ? "It has been dark for a week." : "從上週起每晚都不亮。");
    submit();

    assertThat(browser.getCurrentUrl()).contains("/feedback/photos");
    assertFinished("photos " + at, phone);
    browser.findElement(By.id("photo")).sendKeys(notAPhoto.toString());
    submit();
    assertThat(browser.findElement(By.id("photo-error")).getText())
        .isEqualTo(en ? "The photo must be a JPEG or PNG file." : "照片必須是 JPEG 或 PNG 檔。");
    assertFinished("photos with errors " + at, phone);
    browser.findElement(By.id("photo")).sendKeys(photo.toString());
    submit();
    assertThat(browser.findElements(By.cssSelector(".photo-list img"))).hasSize(1);
    assertFinished("photos added " + at, phone);
    screenshot("feedback-photos-" + at);
    andWaitForNextPage(() -> browser.findElement(By.cssSelector("main .actions a.button")).click());

    assertThat(browser.getCurrentUrl()).contains("/feedback/you");
    assertFinished("you " + at, phone);
    browser.findElement(By.cssSelector("label[for=identify-1]")).click();
    submit();

    assertThat(browser.getCurrentUrl()).contains("/feedback/check");
    assertThat(main().getText())
        .contains(en ? "Street light out all night" : "路燈整晚不亮", "礁溪路五段100號前");
    assertFinished("check answers " + at, phone);
    screenshot("feedback-check-" + at);
    submit();

    assertThat(browser.getCurrentUrl()).contains("/feedback/filed/");
    assertThat(browser.findElement(By.cssSelector(".receipt .code")).getText()).isNotBlank();
    assertFinished("confirmation " + at, phone);
    screenshot("feedback-filed-" + at);
    return browser.getCurrentUrl().replaceAll(".*/feedback/filed/", "").replaceAll("[?#].*", "");
  }

  private void publicPages(String number, String lang, boolean phone, String at)
      throws IOException {
    browser.get(url("/reports?lang=" + lang + "&agency=" + agency.code().value()));
    WebElement map = browser.findElement(By.cssSelector("[data-report-map]"));
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> map.isDisplayed());
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#reports-map .leaflet-marker-icon")).isEmpty());
    String text = main().getText();
    assertThat(text)
        .contains(number)
        .doesNotContain("100號", "路燈整晚不亮", "Street light out all night");
    assertThat(browser.getPageSource()).doesNotContain(LAT, LON);
    assertFinished("report list " + at, phone);
    screenshot("reports-list-" + at);
    screenshotAt("reports-list-table-" + at, "#reports-table");

    andWaitForNextPage(() -> browser.findElement(By.linkText(number)).click());
    assertThat(main().getText()).contains(number);
    assertFinished("report " + at, phone);
    screenshot("reports-report-" + at);
    browser.findElement(By.id("email")).sendKeys("not an address");
    submit();
    assertThat(browser.findElements(By.cssSelector(".error-summary a")))
        .extracting(a -> a.getDomAttribute("href"))
        .containsExactly("#email", "#consent");
    assertFinished("report follow with errors " + at, phone);
    type("email", "follower@example.invalid");
    browser.findElement(By.cssSelector("label[for=consent]")).click();
    submit();
    assertThat(browser.findElement(By.id("followers")).getText()).contains("1");
    assertThat(main().getText()).doesNotContain("follower@example.invalid");
    assertFinished("report followed " + at, phone);
    screenshot("reports-followed-" + at);
  }

  /** A screenshot with the element {@code css} scrolled to the top of the window. */
  private static void screenshotAt(String name, String css) throws IOException {
    ((JavascriptExecutor) browser)
        .executeScript("document.querySelector(arguments[0]).scrollIntoView();", css);
    screenshot(name);
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
  }

  private static void type(String id, String value) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(value);
  }

  @Test
  void aPetitionAsksForARealNameAndOffersNoAnonymity() {
    for (String lang : List.of("zh-TW", "en")) {
      browser.manage().deleteAllCookies();
      browser.get(url("/feedback?lang=" + lang));
      new Select(browser.findElement(By.id("agency"))).selectByValue(agency.code().value());
      browser.findElement(By.cssSelector("label[for=kind]")).click();
      submit();
      browser.findElements(By.cssSelector("main .choice label")).get(0).click();
      submit();
      assertFinished("petition where " + lang, false);
      submit();
      browser.findElement(By.id("subject")).sendKeys("噪音");
      browser.findElement(By.id("description")).sendKeys("每晚十點後仍有施工噪音。");
      submit();
      assertThat(browser.getCurrentUrl()).contains("/feedback/you");
      assertThat(browser.findElements(By.name("identify")))
          .allMatch(e -> "hidden".equals(e.getDomAttribute("type")));
      submit();
      assertThat(browser.findElements(By.cssSelector(".error-summary a")))
          .extracting(a -> a.getDomAttribute("href"))
          .contains("#name", "#email", "#consent");
      assertFinished("petition you with errors " + lang, false);
    }
  }

  @Test
  void aReportIsFiledWithJavaScriptOff() throws IOException {
    ChromeDriver noScript = BrowserTest.withoutJavaScript();
    try {
      noScript.get(url("/feedback?lang=en"));
      new Select(noScript.findElement(By.id("agency"))).selectByValue(agency.code().value());
      noScript.findElement(By.cssSelector("label[for=kind-3]")).click();
      next(noScript);
      noScript.findElement(By.xpath("//label[contains(., 'Pothole')]")).click();
      next(noScript);
      assertThat(noScript.findElement(By.cssSelector("[data-map-picker]")).isDisplayed())
          .as("no map without JavaScript")
          .isFalse();
      noScript.findElement(By.id("address")).sendKeys("Jiaoxi Road, Section 5");
      noScript.findElement(By.id("lat")).sendKeys("24.8101");
      noScript.findElement(By.id("lon")).sendKeys("121.7601");
      next(noScript);
      noScript.findElement(By.id("subject")).sendKeys("Deep pothole");
      noScript.findElement(By.id("description")).sendKeys("Near the bus stop.");
      next(noScript);
      noScript.findElement(By.id("photo")).sendKeys(photo.toString());
      next(noScript);
      assertThat(noScript.findElements(By.cssSelector(".photo-list img"))).hasSize(1);
      noScript.findElement(By.cssSelector("main .actions a.button")).click();
      noScript.findElement(By.cssSelector("label[for=identify-1]")).click();
      next(noScript);
      next(noScript);
      // Filing commits before the confirmation loads: wait for the navigation, not a clock.
      new WebDriverWait(noScript, Duration.ofSeconds(30))
          .until(d -> d.getCurrentUrl().contains("/feedback/filed/"));
      assertThat(noScript.getCurrentUrl()).contains("/feedback/filed/");
      assertThat(noScript.findElement(By.cssSelector(".receipt .code")).getText()).isNotBlank();
    } finally {
      noScript.quit();
    }
  }

  /** Sends the page's form and waits until the next page replaced it (its old main is gone). */
  private static void next(ChromeDriver driver) {
    WebElement before = driver.findElement(By.tagName("main"));
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
  }

  @Test
  void theListIsATableWhenTheMapCannotLoad() throws IOException {
    context
        .getBean(Petitions.class)
        .file(
            new FilePetition(
                CaseKind.FACILITY_REPORT,
                Channel.ONLINE,
                agency.code(),
                "drain",
                new Place("德陽路 12 號旁", "礁溪鄉", "德陽村", 24.8301, 121.7712, true),
                "水溝阻塞",
                "下雨就淹水。",
                null,
                Locale.TAIWAN,
                LocalDate.of(2026, 3, 2),
                null,
                Map.of(),
                null));
    ChromeDriver chrome = (ChromeDriver) browser;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*leaflet*")));
    try {
      for (String lang : List.of("zh-TW", "en")) {
        for (boolean phone : new boolean[] {false, true}) {
          if (phone) {
            atPhoneSize();
          } else {
            atDesktopSize();
          }
          browser.get(url("/reports?lang=" + lang + "&agency=" + agency.code().value()));
          assertThat(browser.findElement(By.cssSelector("[data-report-map]")).isDisplayed())
              .isFalse();
          assertThat(browser.findElements(By.cssSelector("#reports-table tbody tr"))).isNotEmpty();
          Object scripts = ((JavascriptExecutor) browser).executeScript("return typeof L;");
          assertThat(scripts).isEqualTo("undefined");
          assertFinished("report list without map " + lang, phone);
          screenshot("reports-list-nomap-" + lang + (phone ? "-phone" : "-desktop"));
        }
      }
    } finally {
      chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
      atDesktopSize();
    }
  }
}
