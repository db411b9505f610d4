// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.ThrottleLimits;
import tw.civicdesk.casework.AttachmentSamples;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;
import tw.civicdesk.platform.throttle.Throttle;

/**
 * The refusals a citizen meets at a throttled receipt door — the tracking form's own message and
 * the error page of the withdrawal form — say what happened and when to try again, and pass
 * axe-core in both languages. The case's counter is filled directly, so the browser's own address
 * (shared by the tests) is not blocked.
 */
@ThrottleLimits
class ReceiptDoorsBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired Throttle throttle;
  @Autowired ReceiptChecks receipts;

  CaseNumber aBlockedCase() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("BRDOORS", null);
    CaseNumber number = AttachmentSamples.fileCase(context, agency.code(), agency.unit().id());
    for (int i = 0; i < ThrottleLimits.FAILURES; i++) {
      throttle.take(receipts.limit(), List.of("case:" + number.value()));
    }
    return number;
  }

  void send(String path, CaseNumber number, String lang) {
    browser.get(url(path + "?lang=" + lang));
    WebElement numberField = browser.findElement(By.id("number"));
    numberField.clear();
    numberField.sendKeys(number.value());
    WebElement code = browser.findElement(By.id("code"));
    code.sendKeys("AAAAAAAA");
    andWaitForNextPage(() -> code.sendKeys(Keys.ENTER));
  }

  @Test
  void theRefusalsOfABlockedCaseSayWhenToTryAgainAndPassAxeInBothLanguages() {
    CaseNumber number = aBlockedCase();
    for (String lang : List.of("zh-TW", "en")) {
      String again = lang.equals("en") ? "try again in 15 minute(s)" : "請於 15 分鐘後再試";
      send("/track", number, lang);
      assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains(again);
      assertAccessible("tracking refused " + lang);
      send("/withdrawals", number, lang);
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .isEqualTo(lang.equals("en") ? "Too many requests" : "請求過於頻繁");
      assertThat(browser.getPageSource()).contains(again);
      assertAccessible("withdrawal refused " + lang);
    }
  }
}
