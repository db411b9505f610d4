// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/**
 * The audit page in a real Chromium: axe-core finds no WCAG 2.1 A/AA violation in either language.
 */
@IntegrationTest
class AuditPagesBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;
  @Autowired AuditLog auditLog;

  @Test
  void theAuditPagePassesAxeInBothLanguagesWithEntriesAndAChainCheck() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("AUD", null);
    for (int i = 1; i <= 3; i++) {
      auditLog.record(
          new AuditEvent(
              agency.username(Role.CASE_OFFICER),
              agency.code().value(),
              AuditEvent.PERSONAL_DATA_READ,
              "CASE",
              agency.code().value() + "-" + i,
              null));
    }
    signIn(agency.username(Role.AGENCY_ADMIN));
    for (String lang : List.of("zh-TW", "en")) {
      browser.get(url("/console/audit?lang=" + lang));
      assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
          .isEqualTo(lang.equals("en") ? "en" : "zh-Hant-TW");
      assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(3);
      assertAccessible("audit " + lang);

      andWaitForNextPage(() -> browser.findElement(By.id("verify-chain")).click());
      assertThat(browser.findElement(By.id("chain-check")).getText()).isNotBlank();
      assertAccessible("audit chain check " + lang);
    }
  }
}
