// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.browser.BrowserTest;

/** The console case list passes axe-core in both languages, with cases and with field errors. */
@IntegrationTest
class CaseListBrowserTests extends BrowserTest {

  @Autowired ApplicationContext context;

  @Test
  void theCaseListIsAccessibleInChineseAndEnglish() throws Exception {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("LIST", null);
    CaseListFixtures fixtures = new CaseListFixtures(context);
    long unit = agency.unit().id();
    fixtures.file(agency, unit);
    fixtures.file(agency, unit, "LIST-SERVICE", Channel.MAIL, TimeLimit.workingDays(3), 30);
    fixtures.assign(agency, fixtures.file(agency, unit), agency.username(Role.CASE_OFFICER));
    fixtures.awaitingSupplement(agency, fixtures.file(agency, unit), agency.as(Role.CASE_OFFICER));
    signIn(agency.username(Role.UNIT_HEAD));
    for (String lang : new String[] {"zh-TW", "en"}) {
      browser.get(url("/console/cases?view=ALL&lang=" + lang));
      assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(4);
      assertAccessible("case list (" + lang + ")");
      browser.get(url("/console/cases?dueBy=tomorrow&status=LOST&lang=" + lang));
      assertThat(browser.findElement(By.id("dueBy-error")).getText()).isNotBlank();
      assertAccessible("case list with field errors (" + lang + ")");
    }
    screenshot("case-list");
  }
}
