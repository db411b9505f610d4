// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.StaffActions;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.DemoCatalogueFixture;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;

/** The demo profile's applications are filed through intake once, with work under way. */
@IntegrationTest
class DemoApplicationsTests {

  @Autowired ApplicationContext context;
  @Autowired Intake intake;
  @Autowired Catalogue catalogue;
  @Autowired Organisation organisation;
  @Autowired StaffActions actions;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;

  List<String> statuses(String agency) {
    return jdbc.sql("select status from casework_case where agency_code = ? order by number")
        .param(agency).query(String.class).list();
  }

  @Test
  void everySeedAgencyGetsThreeApplicationsOnceWithOneInProgressAndOneAwaitingDocuments() {
    DemoCatalogueFixture.load(context);
    DemoApplications demo = new DemoApplications(intake, catalogue, organisation, actions, clock);
    demo.load();
    demo.load();
    for (String agency : List.of("YILAN-JIAOXI", "KH-FENGSHAN-HR1", "TN-YANSHUI",
        "HC-EAST-HEALTH", "CH-PLANNING")) {
      assertThat(statuses(agency)).as(agency)
          .containsExactlyInAnyOrder("IN_PROGRESS", "AWAITING_SUPPLEMENT", "RECEIVED");
    }
  }

  @Test
  void theDemoUnitHeadAndOfficerReachTheDemoCasesOfTheirAgency() {
    DemoCatalogueFixture.load(context);
    new DemoApplications(intake, catalogue, organisation, actions, clock).load();
    CaseWork work = context.getBean(CaseWork.class);
    for (String prefix : List.of("jiaoxi", "fengshan", "yanshui", "easthealth", "planning")) {
      StaffPrincipal head = organisation.accountForSignIn(prefix + ".head").orElseThrow();
      StaffPrincipal officer = organisation.accountForSignIn(prefix + ".officer").orElseThrow();
      List<String> numbers = jdbc.sql("select number from casework_case where agency_code = ?"
          + " and status <> 'RECEIVED'").param(head.agencyCode().value()).query(String.class)
          .list();
      assertThat(numbers).as(prefix).hasSize(2);
      for (String number : numbers) {
        CaseNumber n = new CaseNumber(number);
        assertThat(work.get(n, head).number()).isEqualTo(n);
        assertThat(work.get(n, officer).officer()).isEqualTo(officer.getUsername());
      }
    }
  }
}
