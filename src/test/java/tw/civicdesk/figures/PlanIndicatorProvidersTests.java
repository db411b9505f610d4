// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.civicdesk.figures.RandomCaseHistories.CLERK;
import static tw.civicdesk.figures.RandomCaseHistories.HEAD;
import static tw.civicdesk.figures.RandomCaseHistories.OFFICER;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.internal.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueFixtures;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.indicators.Indicators;

/** The plan indicators computed from the figures and the catalogue, against counts by hand. */
@IntegrationTest
class PlanIndicatorProvidersTests {

  @Autowired ApplicationContext context;
  @Autowired Indicators indicators;
  @Autowired TransactionTemplate tx;
  @Autowired Clock clock;

  private BigDecimal value(String code, AgencyCode agency, String from, String to) {
    IndicatorProvider provider = indicators.provider(code).orElseThrow();
    return provider.value(agency.value(), LocalDate.parse(from), LocalDate.parse(to))
        .orElse(null);
  }

  private Case filed(CaseEngine work, AgencyCode agency, Channel channel, int days) {
    return tx.execute(s -> work.file(new CaseEngine.Filing(CaseKind.APPLICATION, channel, agency,
        7, new ServiceRef(new ServiceCode("IND-CERT"), 1), TimeLimit.workingDays(days),
        LocalDate.parse("2026-03-02"), null, null, Map.of(), CaseLinks.NONE), CLERK));
  }

  private void decide(CaseEngine work, Case c) {
    Case assigned = tx.execute(s -> work.act(c.number(), c.version(), c.agency(),
        (k, x) -> k.assign(HEAD, "officer", x.now())));
    Case started = tx.execute(s -> work.act(c.number(), assigned.version(), c.agency(),
        (k, x) -> k.start(OFFICER, x.now())));
    tx.execute(s -> work.act(c.number(), started.version(), c.agency(),
        (k, x) -> k.decide(OFFICER, Decision.APPROVED, "符合", null, x.now())));
  }

  @Test
  void theOnTimeRateAndTheOnlineShareOfApplicationsAreCountedFromTheCases() {
    AgencyCode agency = TestOrganisation.from(context).agency("IND", null).code();
    ManualClock at = ManualClock.on("2026-03-02");
    CaseEngine work = CaseWorkAt.of(context, at);
    Case quick = filed(work, agency, Channel.ONLINE, 5);
    Case slow = filed(work, agency, Channel.ONLINE, 1);
    Case counter = filed(work, agency, Channel.COUNTER, 5);
    filed(work, agency, Channel.COUNTER, 5); // still open: received, not decided
    at.moveTo("2026-03-04");
    decide(work, quick); // due 03-09: on time
    decide(work, counter); // on time
    decide(work, slow); // due 03-03: late

    // by hand: 2 of 3 decided on time = 66.7 %; 2 of 4 received online = 50.0 %
    assertThat(value("figures.on-time-rate", agency, "2026-01-01", "2026-03-31"))
        .isEqualByComparingTo("66.7");
    assertThat(value("figures.online-applications", agency, "2026-01-01", "2026-03-31"))
        .isEqualByComparingTo("50.0");
    assertThat(value("figures.on-time-rate", agency, "2026-01-01", "2026-02-28"))
        .as("nothing decided in the span: no value").isNull();
  }

  @Test
  void catalogueIndicatorsAreThePublishedServicesAsTheyStoodAtTheEndOfTheSpan() {
    Setup agency = TestOrganisation.from(context).agency("INDC", null);
    CatalogueFixtures.publishLowIncomeCertificate(context, agency);
    CatalogueEditing editing = context.getBean(CatalogueEditing.class);
    ServiceCode other = new ServiceCode(agency.code().value() + "-OTHER");
    var draft = editing.create(agency.as(Role.QUALITY_OFFICER), agency.code(), other,
        agency.unit().id(), CatalogueFixtures.withoutTimeLimit("其他服務"));
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
        .as("no service was published yet").isNull();
    assertThat(indicators.providers()).extracting(IndicatorProvider::code).contains(
        "figures.on-time-rate", "figures.online-applications", "catalogue.sop-coverage",
        "catalogue.online-share", "catalogue.documents-replaced");
  }
}
