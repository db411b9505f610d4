// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.faq.FaqFeedback;
import tw.civicdesk.faq.FaqFixtures;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The FAQ pages — public list and entry, the console list, knowledge base view, entry form (blank
 * and with problems), categories and feedback — pass axe-core in both languages at desktop and
 * phone size without scrolling sideways; and a citizen votes with the keyboard alone.
 */
@IntegrationTest
class FaqBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired FaqFeedback feedback;

  @Test
  void everyFaqPagePassesAxeInBothLanguagesAtDesktopAndPhoneSize() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("FAQB", null);
    StaffEntry entry = FaqFixtures.published(context, agency, "LIGHT", "路燈不亮要向哪裡報修？");
    FaqFixtures.draft(context, agency, "DRAFTB", "草稿問題");
    feedback.vote(entry.entry().code(), false);
    String code = entry.entry().code().value();
    String a = agency.code().value();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("public-list", "/faq?agency=" + a);
    pages.put("public-entry", "/faq/" + code);
    pages.put("console-list", "/console/faq");
    pages.put("console-entry", "/console/faq/" + code);
    pages.put("console-new", "/console/faq/new");
    pages.put("console-edit", "/console/faq/" + code + "/edit");
    pages.put("categories", "/console/faq/categories");
    pages.put("feedback", "/console/faq/feedback");
    signIn(agency.username(Role.QUALITY_OFFICER));
    for (boolean phone : List.of(false, true)) {
      if (phone) {
        atPhoneSize();
      } else {
        atDesktopSize();
      }
      String size = phone ? "phone" : "desktop";
      for (String lang : List.of("zh-TW", "en")) {
        for (Map.Entry<String, String> page : pages.entrySet()) {
          String path = page.getValue();
          browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
          String name = path + " " + lang + " " + size;
          screenshot("faq-" + page.getKey() + "-" + lang + "-" + size);
          assertThat(browser.findElements(By.tagName("h1"))).as(name).hasSize(1);
          assertAccessible(name);
          assertNoHorizontalScroll(name);
        }
        formWithProblems(lang, size);
      }
    }
    atDesktopSize();
  }

  private void formWithProblems(String lang, String size) throws IOException {
    browser.get(url("/console/faq/new?lang=" + lang));
    WebElement question = browser.findElement(By.id("questionZh"));
    question.sendKeys("只有問題");
    andWaitForNextPage(() -> question.sendKeys(Keys.ENTER));
    assertThat(browser.findElements(By.cssSelector(".error-summary a"))).isNotEmpty();
    assertThat(browser.findElement(By.id("answerZh-error")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("questionZh")).getAttribute("value")).isEqualTo("只有問題");
    assertAccessible("form with problems " + lang + " " + size);
    assertNoHorizontalScroll("form with problems " + lang + " " + size);
    screenshot("faq-form-errors-" + lang + "-" + size);
  }

  @Test
  void aCitizenFindsAnAnswerAndVotesWithTheKeyboardAlone() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("FAQK", null);
    StaffEntry entry = FaqFixtures.published(context, agency, "KEYS", "清潔隊幾點收垃圾？");
    atDesktopSize();
    browser.get(url("/faq?lang=zh-TW&agency=" + agency.code().value()));
    WebElement link =
        browser.findElement(By.cssSelector("a[href='/faq/" + entry.entry().code().value() + "']"));
    andWaitForNextPage(() -> link.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("清潔隊幾點收垃圾？");
    WebElement yes = browser.findElement(By.cssSelector("button[value='yes']"));
    andWaitForNextPage(() -> yes.sendKeys(Keys.ENTER));
    assertThat(browser.findElement(By.cssSelector("#vote [role=status]")).getText())
        .isEqualTo("謝謝您的回饋，我們會據此改善答覆內容。");
    assertThat(browser.findElements(By.cssSelector("button[value='yes']"))).isEmpty();
    screenshot("faq-voted");
  }
}
