// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.intake.Application;
import tw.civicdesk.intake.Intake;
import tw.civicdesk.intake.Submitter;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A case officer's journey in a real browser, in Chinese and English, at desktop and phone size:
 * open the unit's list, open an unassigned case, take it, start, choose to decide, submit with a
 * missing field, follow the error summary to it, fix it, check and confirm, see the result. Every
 * step passes axe-core; and a unit head assigns a case from their home the same way. Every step
 * passes axe-core, no form names a field twice, no username, service code or enum constant is
 * shown, and on a phone nothing scrolls sideways.
 */
@IntegrationTest
class CaseJourneyBrowserTests extends BrowserTest {

  private static final List<String> ENUMS =
      List.of(
          "RECEIVED",
          "ASSIGNED",
          "IN_PROGRESS",
          "DECIDED",
          "APPROVED",
          "REJECTED",
          "CASE_OFFICER",
          "UNIT_HEAD",
          "ONLINE",
          "ASSIGN",
          "DECIDE");

  @Autowired ApplicationContext context;
  @Autowired Intake intake;
  @Autowired CaseWork work;

  @Test
  void anOfficerTakesDecidesAndConfirmsACaseInBothLanguagesAtBothSizes() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("CJOUR", null);
    ServiceCode code = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    List<String> codes = new java.util.ArrayList<>(ENUMS);
    codes.addAll(
        List.of(code.value(), agency.username(Role.CASE_OFFICER), agency.username(Role.UNIT_HEAD)));
    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        CaseNumber number = file(code);
        String where = lang + (phone ? " phone" : " desktop");
        browser.manage().deleteAllCookies();
        signIn(agency.username(Role.CASE_OFFICER));
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        browser.get(url("/console/cases?view=UNIT&lang=" + lang));
        check("case list " + where, codes, phone);
        andWaitForNextPage(() -> browser.findElement(By.linkText(number.grouped())).click());
        check("unassigned case " + where, codes, phone);

        choose("take");
        check("take form " + where, codes, phone);
        submit();
        assertThat(work.summary(number).orElseThrow().status()).isEqualTo(CaseStatus.ASSIGNED);
        check("taken case " + where, codes, phone);
        choose("start");
        submit();

        choose("decide");
        check("decide form " + where, codes, phone);
        new Select(browser.findElement(By.id("DECIDE-outcome"))).selectByValue("REJECTED");
        browser.findElement(By.id("DECIDE-reason")).sendKeys("不符資格 " + where);
        submit();
        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return document.activeElement.classList.contains('error-summary');"))
            .isEqualTo(true);
        check("decide with an error " + where, codes, phone);
        assertThat(browser.findElement(By.id("DECIDE-reason")).getAttribute("value"))
            .isEqualTo("不符資格 " + where);
        summary.findElement(By.cssSelector("a[href='#DECIDE-remedy']")).click();
        WebElement remedy = browser.switchTo().activeElement();
        assertThat(remedy.getAttribute("id")).isEqualTo("DECIDE-remedy");
        remedy.sendKeys("得於30日內提起訴願");
        submit();

        assertThat(browser.findElement(By.id("confirm")).isDisplayed()).isTrue();
        check("check and confirm " + where, codes, phone);
        assertThat(work.summary(number).orElseThrow().status()).isEqualTo(CaseStatus.IN_PROGRESS);
        andWaitForNextPage(() -> browser.findElement(By.id("confirm")).click());
        assertThat(browser.findElement(By.cssSelector(".alert[role=status]")).getText())
            .isNotBlank();
        check("decided case " + where, codes, phone);
        assertThat(work.summary(number).orElseThrow().status()).isEqualTo(CaseStatus.DECIDED);
        var history = work.history(number);
        assertThat(history.get(history.size() - 1).publicNote())
            .isEqualTo("不符資格 " + where + "\n得於30日內提起訴願");
        if (!phone) {
          screenshot("case-journey-" + lang);
        } else {
          screenshot("case-journey-" + lang + "-phone");
        }
      }
    }
    atDesktopSize();
  }

  @Test
  void aUnitHeadAssignsACaseFromTheirHomeInBothLanguagesAtBothSizes() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("HJOUR", null);
    ServiceCode code = CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    String officer = agency.username(Role.CASE_OFFICER);
    List<String> codes = new java.util.ArrayList<>(ENUMS);
    codes.addAll(List.of(code.value(), officer, agency.username(Role.UNIT_HEAD)));
    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        CaseNumber number = file(code);
        String where = lang + (phone ? " phone" : " desktop");
        browser.manage().deleteAllCookies();
        signIn(agency.username(Role.UNIT_HEAD));
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        browser.get(url("/console?lang=" + lang));
        check("unit head's home " + where, codes, phone);
        andWaitForNextPage(() -> browser.findElement(By.linkText(number.grouped())).click());
        check("case to assign " + where, codes, phone);
        choose("assign");
        check("assign form " + where, codes, phone);
        new Select(browser.findElement(By.id("ASSIGN-officer"))).selectByValue(officer);
        submit();
        assertThat(work.summary(number).orElseThrow().officer()).isEqualTo(officer);
        assertThat(browser.findElement(By.tagName("main")).getText())
            .contains(agency.as(Role.CASE_OFFICER).displayName());
        check("assigned case " + where, codes, phone);
      }
    }
    atDesktopSize();
  }

  private CaseNumber file(ServiceCode code) {
    return intake
        .apply(
            "web:" + UUID.randomUUID(),
            new Application(
                code.value(),
                Channel.ONLINE,
                new Application.ApplicantForm(
                    "林小明", "A123456789", "lin@example.tw", null, null, "zh-TW", "EMAIL"),
                Map.of("nationalId", "A123456789", "purpose", "fees"),
                true,
                null,
                null),
            Submitter.citizen(),
            Locale.TAIWAN)
        .caseNumber();
  }

  private static void choose(String slug) {
    andWaitForNextPage(
        () ->
            browser
                .findElement(By.cssSelector(".action-choices a[href*='action=" + slug + "']"))
                .click());
    assertThat(browser.findElements(By.id("action-form"))).hasSize(1);
  }

  private static void submit() {
    andWaitForNextPage(
        () -> browser.findElement(By.cssSelector("#action-form button[type=submit]")).click());
  }

  private static void check(String page, List<String> codes, boolean phone) {
    assertAccessible(page);
    assertNoFieldTwiceInAForm(page);
    assertNoCodesShown(page, codes);
    if (phone) {
      assertNoHorizontalScroll(page);
    }
  }
}
