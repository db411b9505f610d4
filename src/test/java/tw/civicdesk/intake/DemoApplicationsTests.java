// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.DemoCatalogueFixture;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The demo profile's applications are filed through intake once, and show every state a user should
 * see in each demo unit head's unit.
 */
@IntegrationTest
class DemoApplicationsTests {

  static final List<String> AGENCIES =
      List.of(
          "YILAN-JIAOXI",
          "YILAN-TOUCHENG",
          "KH-FENGSHAN-HR1",
          "TN-YANSHUI",
          "HC-EAST-HEALTH",
          "CH-PLANNING");

  @Autowired ApplicationContext context;
  @Autowired Intake intake;
  @Autowired Catalogue catalogue;
  @Autowired Organisation organisation;
  @Autowired CaseWork cases;
  @Autowired WorkingCalendar calendar;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;

  DemoApplications demo() {
    DemoCatalogueFixture.load(context);
    return new DemoApplications(intake, catalogue, organisation, cases, calendar, clock);
  }

  List<String> statuses(String agency) {
    return jdbc.sql("select status from casework_case where agency_code = ? order by number")
        .param(agency)
        .query(String.class)
        .list();
  }

  long count(String sql, String agency) {
    return jdbc.sql(sql).param(agency).query(Long.class).single();
  }

  @Test
  void everyDemoAgencyShowsWorkInEveryStateAndASecondLoadFilesNothing() {
    DemoApplications demo = demo();
    demo.load();
    List<List<String>> first = AGENCIES.stream().map(this::statuses).toList();
    demo.load();
    assertThat(AGENCIES.stream().map(this::statuses).toList()).isEqualTo(first);
    LocalDate today = LocalDate.now(clock);
    for (String agency : AGENCIES) {
      assertThat(statuses(agency))
          .as(agency)
          .contains("IN_PROGRESS", "AWAITING_SUPPLEMENT", "RECEIVED", "CLOSED");
      assertThat(
              count(
                  "select count(*) from casework_case where agency_code = ?"
                      + " and status = 'IN_PROGRESS' and due_date < current_date",
                  agency))
          .as(agency + " overdue")
          .isGreaterThanOrEqualTo(2);
      assertThat(
              jdbc.sql(
                      "select count(*) from casework_case where agency_code = ?"
                          + " and status = 'IN_PROGRESS' and due_date = ?")
                  .param(agency)
                  .param(today)
                  .query(Long.class)
                  .single())
          .as(agency + " due today")
          .isEqualTo(calendar.isWorkingDay(new AgencyCode(agency), today) ? 1 : 0);
      assertThat(
              count(
                  "select count(*) from casework_history h join casework_case c"
                      + " on c.number = h.case_number where c.agency_code = ? and h.action = 'FOLLOW_UP'",
                  agency))
          .as(agency + " follow-ups")
          .isEqualTo(2);
      assertThat(
              count(
                  "select count(*) from casework_history h join casework_case c"
                      + " on c.number = h.case_number where c.agency_code = ?"
                      + " and h.action = 'ANSWER_FOLLOW_UP'",
                  agency))
          .as(agency + " answers")
          .isEqualTo(1);
      assertThat(
              count(
                  "select count(*) from casework_history h join casework_case c"
                      + " on c.number = h.case_number where c.agency_code = ? and h.action = 'DECIDE'"
                      + " and h.internal_note = 'REJECTED'",
                  agency))
          .as(agency + " refused")
          .isEqualTo(1);
    }
  }

  @Test
  void theDemoUnitHeadAndOfficerReachEveryCaseTheOfficerWorks() {
    demo().load();
    for (String prefix :
        List.of("jiaoxi", "toucheng", "fengshan", "yanshui", "easthealth", "planning")) {
      StaffPrincipal head = organisation.accountForSignIn(prefix + ".head").orElseThrow();
      StaffPrincipal officer = organisation.accountForSignIn(prefix + ".officer").orElseThrow();
      List<String> numbers =
          jdbc.sql(
                  "select number from casework_case where agency_code = ?"
                      + " and status <> 'RECEIVED'")
              .param(head.agencyCode().value())
              .query(String.class)
              .list();
      assertThat(numbers).as(prefix).hasSizeGreaterThanOrEqualTo(5);
      for (String number : numbers) {
        CaseNumber n = new CaseNumber(number);
        assertThat(cases.summary(n, head).number()).isEqualTo(n);
        assertThat(cases.summary(n, officer).officer()).isEqualTo(officer.getUsername());
      }
    }
  }
}
