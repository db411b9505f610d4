// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * A staff member uses CivicDesk in a real headless Chromium: the public pages, signing in with the
 * keyboard alone, switching language, the console — and axe-core finds no WCAG 2.1 A/AA violation
 * on any page in either language.
 */
@IntegrationTest
class BrowserScenarioTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired CatalogueEditing editing;

  @Test
  void theAccessibilityCheckFailsOnAPageWithAViolation() {
    browser.get(url("/?lang=en"));
    assertAccessible("home before the injected violation");
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript(
            "const input = document.createElement('input'); input.type = 'text';"
                + " document.getElementById('main').appendChild(input);");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertAccessible("home"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("label");
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

    for (String path :
        List.of(
            "/console/agencies",
            "/console/agencies/" + agency.code().value(),
            "/console/agencies/" + agency.code().value() + "/edit",
            "/console/agencies/" + agency.code().value() + "/staff/new",
            "/console/calendar",
            "/console/calendar/closures/" + agency.code().value())) {
      browser.get(url(path));
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
      assertAccessible(path);
    }

    // A form with errors stays accessible and names the field at fault.
    browser.get(url("/console/agencies/" + agency.code().value() + "/units/new"));
    browser.findElement(By.id("code")).sendKeys("bad code!");
    browser.findElement(By.id("nameZh")).sendKeys("社會課");
    andWaitForNextPage(
        () -> browser.findElement(By.cssSelector("main button[type=submit]")).click());
    assertThat(browser.findElement(By.id("code")).getAttribute("aria-describedby"))
        .isEqualTo("code-error");
    assertAccessible("unit form with errors");
    screenshot("console-unit-form-errors");
  }

  @Test
  void theCataloguePagesPassAxeInBothLanguagesAndAnEditorWorksThemByKeyboard() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("BRCAT", null);
    ServiceCode code = new ServiceCode(agency.code().value() + "-LOW-INCOME");
    var entry =
        editing.create(
            agency.as(Role.QUALITY_OFFICER),
            agency.code(),
            code,
            agency.unit().id(),
            CatalogueFixtures.lowIncomeCertificate());
    editing.publish(agency.as(Role.QUALITY_OFFICER), code, entry.revision());
    for (String lang : List.of("zh-TW", "en")) {
      for (String path :
          List.of(
              "/services?lang=" + lang,
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
      for (String path :
          List.of(
              "/console/services?lang=" + lang,
              "/console/services/new",
              "/console/services/" + code.value() + "/edit",
              "/console/services/" + code.value() + "/preview")) {
        browser.get(url(path));
        assertAccessible(path + " (" + lang + ")");
      }
    }
    // A form field with a bad choice list: the error is named next to the choices.
    browser.get(url("/console/services/" + code.value() + "/edit"));
    browser.findElement(By.id("fieldLabelZh")).sendKeys("領取方式");
    browser.findElement(By.id("fieldName")).sendKeys("delivery");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("fieldType")))
        .selectByValue("CHOICE");
    browser.findElement(By.id("fieldChoices")).sendKeys("counter");
    andWaitForNextPage(
        () -> browser.findElement(By.cssSelector("form[action$='/fields'] button")).click());
    assertThat(browser.findElement(By.id("fieldChoices")).getAttribute("aria-describedby"))
        .isEqualTo("fieldChoices-error fieldChoices-hint");
    assertAccessible("service form with a field error");

    browser.get(url("/console/services/" + code.value() + "/edit"));
    WebElement name = browser.findElement(By.id("nameZh"));
    name.clear();
    name.sendKeys("低收入戶證明（修訂）");
    andWaitForNextPage(() -> name.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("草稿已儲存");
    andWaitForNextPage(
        () ->
            browser
                .findElement(By.cssSelector("form[action$='/publish'] button"))
                .sendKeys(Keys.ENTER));
    browser.get(url("/services/" + code.value()));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("低收入戶證明（修訂）");
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
}
