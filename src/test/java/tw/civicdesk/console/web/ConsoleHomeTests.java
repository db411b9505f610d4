// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.console.ConsoleHomeFixtures;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The console home shows each role the sections of its work, built from the cases the modules
 * publish; the navigation lists only what the role can open, and the server still refuses the rest.
 */
@IntegrationTest
class ConsoleHomeTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  TestOrganisation.Setup agency;
  ConsoleHomeFixtures.Cases cases;

  @BeforeEach
  void anAgencyWithCases() {
    agency = TestOrganisation.from(context).agency("HOME", null);
    cases = new ConsoleHomeFixtures(context).fill(agency);
  }

  private String home(Role role, String lang) throws Exception {
    return mvc.perform(get("/console").param("lang", lang).with(user(agency.as(role))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theCounterClerkLandsOnIntakeAndTheCasesTheyFiledToday() throws Exception {
    var byAnother = new ConsoleHomeFixtures(context).fileBy(agency, "another");
    String page = home(Role.COUNTER_CLERK, "zh-TW");
    assertThat(page)
        .contains(
            "id=\"counter\"",
            "href=\"/console/intake\"",
            "臨櫃新收申請",
            cases.filedToday().grouped(),
            "您今日收件（3）")
        .doesNotContain(byAnother.grouped(), "id=\"work\"", "id=\"unit\"");
  }

  @Test
  void theCaseOfficerLandsOnTheirOpenCasesAndTheUnassignedOnesOfTheirUnit() throws Exception {
    String page = home(Role.CASE_OFFICER, "en");
    String mine = page.substring(page.indexOf("id=\"mine\""), page.indexOf("id=\"unassigned\""));
    assertThat(mine)
        .contains(cases.overdue().grouped(), "Overdue")
        .doesNotContain(cases.unassigned().grouped());
    assertThat(page.substring(page.indexOf("id=\"unassigned\"")))
        .contains(cases.unassigned().grouped(), cases.filedToday().grouped());
    assertThat(page).doesNotContain("id=\"counter\"", "href=\"/console/intake\"");
  }

  @Test
  void theUnitHeadLandsOnTheUnitsOverdueAndUnassignedCasesWithTheOfficersName() throws Exception {
    String page = home(Role.UNIT_HEAD, "zh-TW");
    String overdue =
        page.substring(page.indexOf("id=\"unit-overdue\""), page.indexOf("id=\"unit-due-soon\""));
    assertThat(overdue)
        .contains(cases.overdue().grouped(), agency.as(Role.CASE_OFFICER).displayName());
    assertThat(page.substring(page.indexOf("id=\"unit-unassigned\"")))
        .contains(cases.unassigned().grouped());
  }

  @Test
  void theQualityOfficerLandsOnFollowUpsPlansAndFiguresWithCounts() throws Exception {
    String page = home(Role.QUALITY_OFFICER, "en");
    assertThat(page)
        .contains(
            "id=\"quality\"",
            "href=\"/console/follow-ups?answered=NO\"",
            "Follow-ups not answered yet: 0",
            "href=\"/console/plans\"",
            "Overdue cases in your agency: 1");
  }

  @Test
  void administratorsLandOnTheirAdministrationTasks() throws Exception {
    assertThat(home(Role.AGENCY_ADMIN, "en"))
        .contains(
            "id=\"administration\"",
            "/console/agencies/" + agency.code().value() + "/staff/new",
            "/console/calendar/closures/" + agency.code().value())
        .doesNotContain("id=\"work\"");
    assertThat(home(Role.SYSTEM_ADMIN, "en"))
        .contains("id=\"administration\"", "href=\"/console/frameworks\"");
  }

  @Test
  void noHomeShowsAServiceCodeAUsernameOrARoleConstant() throws Exception {
    List<String> codes = new java.util.ArrayList<>(List.of(ConsoleHomeFixtures.SERVICE));
    Arrays.stream(Role.values()).forEach(r -> codes.add(agency.username(r)));
    Arrays.stream(Role.values()).forEach(r -> codes.add(">" + r.name() + "<"));
    for (Role role : Role.values()) {
      for (String lang : List.of("zh-TW", "en")) {
        assertThat(home(role, lang)).as(role + " " + lang).doesNotContain(codes);
      }
    }
  }

  @Test
  void theServiceCatalogueIsListedOnlyForThoseWhoMayEditAServiceAndRefusedToTheOthers()
      throws Exception {
    for (Role role : Role.values()) {
      boolean listed = home(role, "zh-TW").contains("href=\"/console/services\"");
      int answer =
          mvc.perform(get("/console/services").with(user(agency.as(role))))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(listed)
          .as(role + " sees the link exactly when the page opens")
          .isEqualTo(answer == 200);
    }
    assertThat(home(Role.CASE_OFFICER, "zh-TW")).doesNotContain("href=\"/console/services\"");
    assertThat(home(Role.COUNTER_CLERK, "zh-TW")).doesNotContain("href=\"/console/services\"");
  }
}
