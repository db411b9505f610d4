// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.Percent;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * The three proposal indicators against a brute-force recount over the proposals read back one by
 * one: three agencies, proposals in every state with submission, decision and implementation days
 * spread over two years, and many spans (a day, a month, a quarter, a year, two years, an empty
 * one). The figures page's rows add up to the same numbers.
 */
@IntegrationTest
class ProposalIndicatorTests {

  @Autowired ApplicationContext context;
  @Autowired List<IndicatorProvider> providers;
  @Autowired JdbcClient jdbc;
  @Autowired ProposalFigures figures;

  @Test
  void eachProviderAgreesWithABruteForceRecountOverSeveralAgenciesAndSpans() {
    Map<String, IndicatorProvider> byCode =
        providers.stream().collect(Collectors.toMap(IndicatorProvider::code, Function.identity()));
    IndicatorProvider count = byCode.get("proposals.count");
    IndicatorProvider adoption = byCode.get("proposals.adoption-rate");
    IndicatorProvider implemented = byCode.get("proposals.implemented-share");
    assertThat(count.measure()).isEqualTo("件");
    assertThat(adoption.measure()).isEqualTo("%");
    assertThat(implemented.higherIsBetter()).isTrue();
    assertThat(adoption.source().zh()).contains("採行");
    Random random = new Random(21);
    List<TestOrganisation.Setup> agencies = new ArrayList<>();
    int checked = 0;
    for (int a = 0; a < 3; a++) {
      TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRI" + a, null);
      agencies.add(agency);
      List<Proposal> all = make(agency, random, 6 + 4 * a);
      for (LocalDate[] span : spans()) {
        String code = agency.code().value();
        assertThat(count.value(code, span[0], span[1]))
            .as("count " + span[0] + ".." + span[1])
            .contains(BigDecimal.valueOf(countIn(all, span)));
        assertThat(adoption.value(code, span[0], span[1]))
            .as("adoption " + span[0] + ".." + span[1])
            .isEqualTo(adoptionIn(all, span));
        assertThat(implemented.value(code, span[0], span[1]))
            .as("implemented " + span[0] + ".." + span[1])
            .isEqualTo(implementedIn(all, span));
        checked += 3;
      }
      var rows =
          figures.byUnit(ProposalFixtures.of(context, agency).officer(), agency.code(), 2025);
      LocalDate[] year = {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)};
      assertThat(rows.stream().mapToLong(r -> r.submitted()).sum()).isEqualTo(countIn(all, year));
    }
    assertThat(checked).isEqualTo(3 * spans().size() * 3);
  }

  private List<Proposal> make(TestOrganisation.Setup agency, Random random, int n) {
    ProposalFixtures f = ProposalFixtures.of(context, agency);
    List<Proposal> made = new ArrayList<>();
    ProposalStatus[] decisions = {
      null, ProposalStatus.ADOPTED, ProposalStatus.ADOPTED_IN_PART, ProposalStatus.NOT_ADOPTED
    };
    for (int i = 0; i < n; i++) {
      ProposalStatus decision = decisions[i % decisions.length];
      boolean implement = i % 3 == 0;
      Proposal p =
          decision == null ? f.submitted("提案" + i) : f.through("提案" + i, decision, implement, null);
      LocalDate submitted = LocalDate.of(2024, 12, 20).plusDays(random.nextInt(400));
      LocalDate decided = submitted.plusDays(random.nextInt(60));
      LocalDate done = decided.plusDays(random.nextInt(120));
      jdbc.sql(
              """
              update proposal set submitted_on = ?,
                decided_on = case when decision is null then null else ?::date end,
                implemented_on = case when implemented_on is null then null else ?::date end
               where number = ?
              """)
          .params(submitted, decided, done, p.number().value())
          .update();
      made.add(f.reads().find(p.number()));
    }
    return made;
  }

  private static List<LocalDate[]> spans() {
    return List.of(
        new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)},
        new LocalDate[] {LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)},
        new LocalDate[] {LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)},
        new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)},
        new LocalDate[] {LocalDate.of(2025, 7, 15), LocalDate.of(2025, 7, 15)},
        new LocalDate[] {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)},
        new LocalDate[] {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)});
  }

  private static boolean in(LocalDate d, LocalDate[] span) {
    return d != null && !d.isBefore(span[0]) && !d.isAfter(span[1]);
  }

  private static long countIn(List<Proposal> all, LocalDate[] span) {
    long n = 0;
    for (Proposal p : all) {
      if (in(p.submittedOn(), span)) {
        n++;
      }
    }
    return n;
  }

  private static Optional<BigDecimal> adoptionIn(List<Proposal> all, LocalDate[] span) {
    long decided = 0;
    long adopted = 0;
    for (Proposal p : all) {
      if (in(p.decidedOn(), span)) {
        decided++;
        if (p.decision() != ProposalStatus.NOT_ADOPTED) {
          adopted++;
        }
      }
    }
    return Percent.of(adopted, decided);
  }

  private static Optional<BigDecimal> implementedIn(List<Proposal> all, LocalDate[] span) {
    long adopted = 0;
    long done = 0;
    for (Proposal p : all) {
      if (in(p.decidedOn(), span) && p.decision() != ProposalStatus.NOT_ADOPTED) {
        adopted++;
        if (p.implementedOn() != null && !p.implementedOn().isAfter(span[1])) {
          done++;
        }
      }
    }
    return Percent.of(done, adopted);
  }
}
