// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The console's notifications in a real Chromium: the navigation counts the unread, the page passes
 * axe-core in both languages, and a notice is marked read with the keyboard alone.
 */
@IntegrationTest
class StaffNoticeBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired StaffNotices notices;
  @Autowired TransactionTemplate transaction;

  @Test
  void theNotificationsPagePassesAxeInBothLanguagesAndMarksANoticeReadByKeyboard() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("BELL", null);
    String officer = agency.username(Role.CASE_OFFICER);
    String number = agency.code().value() + "-20261123-00001";
    transaction.executeWithoutResult(
        s -> {
          notices.post(
              new StaffNotices.StaffNotice(
                  officer,
                  agency.code(),
                  StaffNoticeKind.CASE_ASSIGNED,
                  number,
                  List.of(number),
                  null));
          notices.post(
              new StaffNotices.StaffNotice(
                  officer,
                  agency.code(),
                  StaffNoticeKind.REMINDER,
                  number,
                  List.of(number, "2026-11-25"),
                  "due-soon:" + number));
        });
    signIn(officer);
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/console/notifications?lang=" + lang));
      assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(2);
      String nav =
          browser.findElement(By.cssSelector("a[href$='/console/notifications']")).getText();
      assertThat(nav).contains("2");
      assertAccessible("notifications " + lang);
    }
    assertThat(browser.findElement(By.tagName("tbody")).getText())
        .contains("Case " + number + " was assigned to you.", "Reminder: case " + number);

    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    var button = browser.findElements(By.cssSelector("tbody button")).get(0);
    andWaitForNextPage(() -> button.sendKeys(Keys.ENTER));
    assertThat(notices.unread(officer)).isEqualTo(1);
    assertThat(browser.findElement(By.cssSelector("a[href$='/console/notifications']")).getText())
        .contains("1");
    assertAccessible("notifications after marking one read");
  }
}
