// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.proposals.DemoProposalData.Demo;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * The demo proposals, loaded for 鹽水's list into a test agency with the same units: proposals in
 * every state, published ones, monthly 區務會議 and 里幹事會議 before today with proposals linked, a
 * citizen's proposal; every day this year before today; a second run adds nothing; the indicators
 * have values.
 */
@IntegrationTest
class DemoProposalsTests {

  @Autowired ApplicationContext context;
  @Autowired ProposalIntake intake;
  @Autowired Proposals proposals;
  @Autowired ProposalSetup setup;
  @Autowired ProposalStore store;
  @Autowired Organisation organisation;
  @Autowired ProposalFigures figures;
  @Autowired Clock clock;

  @Test
  void theDemoLoadsEveryStateOnceDatedThisYearBeforeToday() {
    TestOrganisation org = TestOrganisation.from(context);
    TestOrganisation.Setup agency = org.agency("PRDEMO", null);
    List<Demo> list =
        DemoProposalData.agencies().stream()
            .filter(a -> a.code().equals("TN-YANSHUI"))
            .findFirst()
            .orElseThrow()
            .proposals();
    list.stream().map(Demo::unit).distinct().forEach(u -> org.unit(agency, u));
    DemoProposals loader = new DemoProposals(intake, proposals, setup, store, organisation, clock);
    DemoProposals.Team team =
        new DemoProposals.Team(
            agency.code(),
            agency.as(Role.QUALITY_OFFICER),
            agency.as(Role.CASE_OFFICER),
            agency.as(Role.UNIT_HEAD));
    LocalDate today = LocalDate.now(clock.withZone(Proposals.TAIPEI));
    assertThat(loader.load(team, list, true, true, today)).isEqualTo(list.size() + 1);
    assertThat(loader.load(team, list, true, true, today)).isZero();
    List<Proposal> all = store.list(agency.code(), false);
    assertThat(all).hasSize(list.size() + 1);
    Set<ProposalStatus> states = all.stream().map(Proposal::status).collect(Collectors.toSet());
    assertThat(states).isEqualTo(EnumSet.allOf(ProposalStatus.class));
    assertThat(all).filteredOn(Proposal::published).hasSize(3);
    assertThat(all)
        .allSatisfy(
            p -> {
              assertThat(p.submittedOn().getYear()).isEqualTo(today.getYear());
              assertThat(p.submittedOn()).isBefore(today.plusDays(1));
              if (p.decidedOn() != null) {
                assertThat(p.decidedOn()).isBefore(today).isAfterOrEqualTo(p.submittedOn());
              }
            });
    assertThat(all).filteredOn(p -> p.origin() == ProposalViews.Origin.CITIZEN).hasSize(1);
    int meetings = setup.meetings(agency.as(Role.QUALITY_OFFICER), agency.code()).size();
    assertThat(meetings)
        .isBetween(Math.max(0, 2 * today.getMonthValue() - 2), 2 * today.getMonthValue());
    LocalDate jan1 = today.withDayOfYear(1);
    assertThat(figures.count(agency.code(), jan1, today)).isEqualTo(list.size() + 1L);
    if (today.getDayOfYear() > 20) {
      assertThat(figures.adoptionRate(agency.code(), jan1, today)).isPresent();
    }
  }
}
