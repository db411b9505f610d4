// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * A citizen requests government information online (the demo 政府資訊公開申請 of 礁溪鄉公所), in Chinese and
 * English, on a desktop and on a phone: sends the empty form and follows the error summary to the
 * field, fills it in, checks the answers, changes one, sends it and gets the receipt — every step
 * axe-clean, with no field named twice in a form, no service code in the text and, on a phone, no
 * sideways scroll. The service list counts every page alike and filters online services.
 */
@IntegrationTest
class OnlineApplicationBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  List<String> serviceCodes;
  String apply;
  String agencyZh;
  String agencyEn;

  @BeforeEach
  void demoCatalogue() {
    // The demo service, published again by an agency of this test's own, so that the cases
    // filed here do not join a demo agency's.
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("BRGOV", null);
    apply =
        "/services/"
            + OnlineApplicationTests.publishGovInfoCopy(context, agency).value()
            + "/apply";
    var name = context.getBean(Organisation.class).agency(agency.code()).orElseThrow().name();
    agencyZh = name.zh();
    agencyEn = name.en();
    serviceCodes = jdbc.sql("select code from catalogue_service").query(String.class).list();
  }

  void assertFinished(String page, boolean phone) {
    assertAccessible(page);
    assertNoFieldTwiceInAForm(page);
    assertNoCodesShown(page, serviceCodes);
    if (phone) {
      assertNoHorizontalScroll(page);
    }
  }

  @Test
  void aCitizenRequestsGovernmentInformationInBothLanguagesOnADesktopAndAPhone() {
    for (boolean phone : new boolean[] {false, true}) {
      for (String lang : List.of("zh-TW", "en")) {
        browser.manage().deleteAllCookies();
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        apply(lang, phone, lang + (phone ? " phone" : " desktop"));
      }
    }
    atDesktopSize();
  }

  private void apply(String lang, boolean phone, String at) {
    browser.get(url(apply + "?lang=" + lang));
    assertFinished("form " + at, phone);
    andWaitForNextPage(() -> browser.findElement(By.cssSelector("main form button")).click());
    List<WebElement> links = browser.findElements(By.cssSelector(".error-summary a"));
    assertThat(links)
        .extracting(a -> a.getDomAttribute("href"))
        .containsExactly(
            "#field-description",
            "#field-purpose",
            "#field-delivery",
            "#name",
            "#email",
            "#consent");
    assertFinished("form with errors " + at, phone);
    links.get(0).click();
    assertThat(browser.switchTo().activeElement().getDomAttribute("id"))
        .isEqualTo("field-description");

    browser.findElement(By.id("field-description")).sendKeys("113年度垃圾清運委託契約書");
    browser.findElement(By.id("field-purpose")).sendKeys("學術研究");
    new Select(browser.findElement(By.id("field-delivery"))).selectByValue("electronic");
    browser.findElement(By.id("name")).sendKeys("林小明");
    browser.findElement(By.id("email")).sendKeys("lin@example.invalid");
    browser.findElement(By.cssSelector("label[for=consent]")).click();
    andWaitForNextPage(() -> browser.findElement(By.cssSelector("main form button")).click());
    assertThat(browser.getCurrentUrl()).endsWith(apply + "/check");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("113年度垃圾清運委託契約書", "學術研究", "林小明", "lin@example.invalid");
    assertFinished("check answers " + at, phone);

    andWaitForNextPage(
        () -> browser.findElement(By.cssSelector("a[href='" + apply + "#field-purpose']")).click());
    WebElement purpose = browser.findElement(By.id("field-purpose"));
    assertThat(purpose.getDomProperty("value")).isEqualTo("學術研究");
    purpose.clear();
    purpose.sendKeys("新聞報導");
    assertThat(browser.findElement(By.id("consent")).isSelected()).isTrue();
    andWaitForNextPage(() -> browser.findElement(By.cssSelector("main form button")).click());
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("新聞報導")
        .doesNotContain("學術研究");
    assertFinished("check answers changed " + at, phone);

    andWaitForNextPage(() -> browser.findElement(By.cssSelector("main form button")).click());
    assertThat(browser.getCurrentUrl()).contains("/receipts/");
    assertThat(browser.findElement(By.cssSelector("h1 .receipt-agency")).getText())
        .isEqualTo(lang.equals("en") ? agencyEn : agencyZh);
    assertFinished("receipt " + at, phone);
  }

  @Test
  void theServiceListCountsEveryPageAlikeAndFiltersOnlineServices() {
    for (boolean phone : new boolean[] {false, true}) {
      if (phone) {
        atPhoneSize();
      } else {
        atDesktopSize();
      }
      browser.get(url("/services?lang=zh-TW"));
      String count = browser.findElement(By.id("results-heading")).getText();
      assertFinished("service list", phone);
      browser.get(url("/services?lang=zh-TW&page=1"));
      assertThat(browser.findElement(By.id("results-heading")).getText()).isEqualTo(count);
      assertFinished("service list page 2", phone);

      browser.findElement(By.cssSelector("label[for=channel]")).click();
      andWaitForNextPage(() -> browser.findElement(By.cssSelector("form.filters button")).click());
      assertThat(browser.getCurrentUrl()).contains("channel=ONLINE");
      List<WebElement> items = browser.findElements(By.cssSelector(".service-list > li"));
      assertThat(items)
          .isNotEmpty()
          .allSatisfy(
              li ->
                  assertThat(li.findElement(By.cssSelector(".tag-online")).getText())
                      .isEqualTo("可線上申辦"));
      // Other tests' online services share the database: the count covers every page.
      String heading = browser.findElement(By.id("results-heading")).getText();
      assertThat(heading).matches("共 \\d+ 項服務");
      assertThat(Integer.parseInt(heading.replaceAll("\\D", "")))
          .isGreaterThanOrEqualTo(items.size());
      assertFinished("service list online " + (phone ? "phone" : "desktop"), phone);
    }
    atDesktopSize();
  }
}
