// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The "my cases" request page, the list a link opens, the expired-link page and the contact change
 * page pass axe-core in both languages.
 */
@IntegrationTest
class MyCasesBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void theMyCasesPagesAndTheContactChangePagePassAxeInBothLanguages() {
    String address = MyCasesTests.uniqueAddress("browser");
    CaseNumber number = TrackingFixtures.aCaseWithHistory(context, "BRMINE", address);
    String token = "T".repeat(43);
    jdbc.sql(
            "insert into tracking_my_cases_link (token_hash, email, created_at, expires_at)"
                + " values (?, ?, ?, ?) on conflict (token_hash) do update set email = excluded.email,"
                + " expires_at = excluded.expires_at")
        .params(
            Sha256.hex(token),
            address,
            Timestamp.from(clock.instant()),
            Timestamp.from(clock.instant().plus(Duration.ofMinutes(30))))
        .update();
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/track/mine?lang=" + lang));
      assertAccessible("my cases form " + lang);
      browser.get(url("/track/mine/" + token + "?lang=" + lang));
      assertThat(browser.getPageSource()).contains(number.grouped());
      assertThat(browser.findElements(By.cssSelector("ol.timeline li"))).isNotEmpty();
      assertAccessible("my cases list " + lang);
      browser.get(url("/track/mine/" + "U".repeat(43) + "?lang=" + lang));
      assertAccessible("my cases expired " + lang);
      browser.get(url("/track/contact?lang=" + lang));
      assertAccessible("contact change " + lang);
    }
  }
}
