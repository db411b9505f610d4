// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.indicators.Indicators;

/** The plan indicators computed from the figures and the catalogue, against counts by hand. */
@IntegrationTest
class PlanIndicatorProvidersTests {

  @Autowired ApplicationContext context;
  @Autowired Indicators indicators;
  @Autowired Clock clock;

  private BigDecimal value(String code, AgencyCode agency, String from, String to) {
    IndicatorProvider provider = indicators.provider(code).orElseThrow();
    return provider.value(agency.value(), LocalDate.parse(from), LocalDate.parse(to)).orElse(null);
  }

  /** An application received on 2 March 2026 by the agency's counter clerk. */
  private CaseNumber filed(CaseWork work, Setup agency, Channel channel, int days) {
    return work.file(
            CaseCommand.File.application(
                channel,
                agency.code(),
                agency.unit().id(),
                new ServiceCode("IND-CERT"),
                1,
                TimeLimit.workingDays(days),
                LocalDate.parse("2026-03-02"),
                null,
                null,
                Map.of(),
                agency.username(Role.COUNTER_CLERK)))
        .number();
  }

  /** Assigned by the unit head, started and approved by the officer. */
  private void decide(CaseWork work, Setup agency, CaseNumber c) {
    StaffPrincipal officer = agency.as(Role.CASE_OFFICER);
    int v =
        work.assign(agency.as(Role.UNIT_HEAD), new CaseCommand.Assign(c, 0, officer.getUsername()))
            .version();
    v = work.start(officer, new CaseCommand.Start(c, v)).version();
    work.decide(officer, new CaseCommand.Decide(c, v, Decision.APPROVED, "符合", null));
  }

  @Test
  void theOnTimeRateAndTheOnlineShareOfApplicationsAreCountedFromTheCases() {
    Setup setup = TestOrganisation.from(context).agency("IND", null);
    AgencyCode agency = setup.code();
    ManualClock at = ManualClock.on("2026-03-02");
    CaseWork work = CaseWorkAt.of(context, at);
    CaseNumber quick = filed(work, setup, Channel.ONLINE, 5);
    CaseNumber slow = filed(work, setup, Channel.ONLINE, 1);
    CaseNumber counter = filed(work, setup, Channel.COUNTER, 5);
    filed(work, setup, Channel.COUNTER, 5); // still open: received, not decided
    at.moveTo("2026-03-04");
    decide(work, setup, quick); // due 03-09: on time
    decide(work, setup, counter); // on time
    decide(work, setup, slow); // due 03-03: late

    // by hand: 2 of 3 decided on time = 66.7 %; 2 of 4 received online = 50.0 %
    assertThat(value("figures.on-time-rate", agency, "2026-01-01", "2026-03-31"))
        .isEqualByComparingTo("66.7");
    assertThat(value("figures.online-applications", agency, "2026-01-01", "2026-03-31"))
        .isEqualByComparingTo("50.0");
    assertThat(value("figures.on-time-rate", agency, "2026-01-01", "2026-02-28"))
        .as("nothing decided in the span: no value")
        .isNull();
  }

  @Test
  void catalogueIndicatorsAreThePublishedServicesAsTheyStoodAtTheEndOfTheSpan() {
    Setup agency = TestOrganisation.from(context).agency("INDC", null);
    CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    CatalogueEditing editing = context.getBean(CatalogueEditing.class);
    ServiceCode other = new ServiceCode(agency.code().value() + "-OTHER");
    var draft =
        editing.create(
            agency.as(Role.QUALITY_OFFICER),
            agency.code(),
            other,
            agency.unit().id(),
            CatalogueFixtures.withoutTimeLimit("其他服務"));
    editing.publish(agency.as(Role.QUALITY_OFFICER), other, draft.revision());
    String today = LocalDate.now(clock).toString();
    String yesterday = LocalDate.now(clock).minusDays(1).toString();

    // by hand: 2 services, 1 with steps, 1 online, 1 of 4 documents verifiable
    assertThat(value("catalogue.sop-coverage", agency.code(), yesterday, today))
        .isEqualByComparingTo("50.0");
    assertThat(value("catalogue.online-share", agency.code(), yesterday, today))
        .isEqualByComparingTo("50.0");
    assertThat(value("catalogue.documents-replaced", agency.code(), yesterday, today))
        .isEqualByComparingTo("1");
    assertThat(value("catalogue.sop-coverage", agency.code(), yesterday, yesterday))
        .as("no service was published yet")
        .isNull();
    assertThat(indicators.providers())
        .extracting(IndicatorProvider::code)
        .contains(
            "figures.on-time-rate",
            "figures.online-applications",
            "catalogue.sop-coverage",
            "catalogue.online-share",
            "catalogue.documents-replaced");
  }
}
