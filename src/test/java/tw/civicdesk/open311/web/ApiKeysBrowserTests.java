// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The API keys page in a real Chromium, at desktop and phone size, in both languages: issuing a key
 * with the keyboard shows it once, revoking it says so, and axe-core finds no WCAG 2.1 A/AA
 * violation on any of those pages.
 */
@IntegrationTest
class ApiKeysBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void anAdministratorIssuesAndRevokesAKeyOnAnAccessiblePageInBothLanguages() throws IOException {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("KEYB", null);
    signIn(agency.username(Role.AGENCY_ADMIN));
    for (String lang : List.of("zh-TW", "en")) {
      for (boolean phone : List.of(false, true)) {
        if (phone) {
          atPhoneSize();
        } else {
          atDesktopSize();
        }
        String page = "keys " + lang + (phone ? " phone" : " desktop");
        browser.get(url("/console/open311/keys?lang=" + lang));
        assertAccessible(page);
        assertNoHorizontalScroll(page);

        browser.findElement(By.id("label")).sendKeys("app " + page);
        andWaitForNextPage(() -> browser.findElement(By.id("label")).submit());
        assertThat(browser.findElement(By.id("issued-secret")).getText()).startsWith("cd311_");
        screenshot("open311-keys-issued-" + lang + (phone ? "-phone" : "-desktop"));
        assertAccessible(page + " issued");
        assertNoHorizontalScroll(page + " issued");

        andWaitForNextPage(
            () -> browser.findElement(By.cssSelector("#keys tbody tr button")).click());
        assertThat(browser.findElements(By.id("issued-secret"))).isEmpty();
        assertAccessible(page + " revoked");
        screenshot("open311-keys-revoked-" + lang + (phone ? "-phone" : "-desktop"));
      }
    }
    atDesktopSize();
  }
}
