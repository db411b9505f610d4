// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseFixtures;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * The follow-up log lists each follow-up with its answer for quality officers (their agency and
 * those below) and unit heads (their unit), as a page and as CSV; nobody else reads it.
 */
@IntegrationTest
class FollowUpLogTests {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  TestOrganisation.Setup county;
  TestOrganisation.Setup town;
  CaseNumber answered;
  CaseNumber open;

  @BeforeEach
  void twoChasedCasesOneAnswered() {
    TestOrganisation orgs = TestOrganisation.from(context);
    county = orgs.agency("FULOGC", null);
    town = orgs.agency("FULOGT", county.code());
    answered = FollowUpLogFixtures.chased(context, town, "請說明逾期原因", "待會勘");
    open = FollowUpLogFixtures.chased(context, town, "=再次稽催", null);
  }

  @Test
  void theTownsQualityOfficerSeesBothWithTheAnswer() throws Exception {
    mvc.perform(get("/console/follow-ups").with(user(town.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(answered.value())))
        .andExpect(content().string(Matchers.containsString(open.value())))
        .andExpect(content().string(Matchers.containsString("待會勘")))
        .andExpect(content().string(Matchers.containsString("href=\"/console/follow-ups\"")));
  }

  @Test
  void theAnsweredFilterAndTheMonthNarrowTheLog() throws Exception {
    mvc.perform(
            get("/console/follow-ups").param("answered", "NO").with(user(town.as(Role.UNIT_HEAD))))
        .andExpect(content().string(Matchers.containsString(open.value())))
        .andExpect(content().string(Matchers.not(Matchers.containsString(answered.value()))));
    YearMonth lastYear = YearMonth.now(ZoneId.of("Asia/Taipei")).minusYears(1);
    mvc.perform(
            get("/console/follow-ups")
                .param("month", lastYear.toString())
                .with(user(town.as(Role.QUALITY_OFFICER))))
        .andExpect(content().string(Matchers.not(Matchers.containsString(open.value()))));
    mvc.perform(
            get("/console/follow-ups")
                .param("month", "March")
                .with(user(town.as(Role.QUALITY_OFFICER)))
                .param("lang", "en"))
        .andExpect(content().string(Matchers.containsString("month-error")))
        .andExpect(content().string(Matchers.containsString("YYYY-MM")));
  }

  @Test
  void theCountysQualityOfficerReadsTheTownButNotTheOtherWayRound() throws Exception {
    mvc.perform(
            get("/console/follow-ups")
                .param("agency", town.code().value())
                .with(user(county.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(open.grouped())))
        // Who sent it is named, not given as a user name.
        .andExpect(
            content()
                .string(
                    Matchers.not(Matchers.containsString(town.username(Role.QUALITY_OFFICER)))));
    mvc.perform(
            get("/console/follow-ups")
                .param("agency", county.code().value())
                .with(user(town.as(Role.QUALITY_OFFICER))))
        .andExpect(status().isNotFound());
  }

  @Test
  void officersAndClerksDoNotReadTheLogNorSeeItInTheNavigation() throws Exception {
    mvc.perform(get("/console/follow-ups").with(user(town.as(Role.CASE_OFFICER))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/follow-ups.csv").with(user(town.as(Role.COUNTER_CLERK))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/console/cases").with(user(town.as(Role.CASE_OFFICER))))
        .andExpect(
            content()
                .string(Matchers.not(Matchers.containsString("href=\"/console/follow-ups\""))));
  }

  @Test
  void theCsvHasAByteOrderMarkTheSameColumnsAndInertFormulas() throws Exception {
    byte[] body =
        mvc.perform(get("/console/follow-ups.csv").with(user(town.as(Role.QUALITY_OFFICER))))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/csv"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String csv = new String(body, StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith(
            "\uFEFFcase_number,agency,unit_id,unit_name,sent_at,sent_by,"
                + "text,answered_at,answered_by,answer\r\n");
    assertThat(csv).contains(answered.value(), "待會勘", "'=再次稽催").doesNotContain("王小明");
    assertThat(csv.lines()).hasSize(3);
  }

  /**
   * Unassigned counter cases received on 11 February 2026 (late), chased by the quality officer and
   * perhaps answered by the unit head, through the one door of case work.
   */
  static final class FollowUpLogFixtures {
    private FollowUpLogFixtures() {}

    static CaseNumber chased(
        ApplicationContext context,
        TestOrganisation.Setup agency,
        String text,
        @org.jspecify.annotations.Nullable String answer) {
      CaseFixtures cases = CaseFixtures.of(context, agency, new ServiceCode("FULOG-SERVICE"));
      CaseWork work = cases.work();
      CaseNumber c =
          cases
              .fileAtCounter(null, LocalDate.parse("2026-02-11"), TimeLimit.workingDays(6))
              .number();
      work.followUp(agency.as(Role.QUALITY_OFFICER), new CaseCommand.FollowUp(c, null, text));
      if (answer != null) {
        work.answerFollowUp(
            agency.as(Role.UNIT_HEAD), new CaseCommand.AnswerFollowUp(c, null, answer));
      }
      return c;
    }
  }
}
