// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.figures.Recount.Done;
import tw.civicdesk.figures.Recount.Story;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.TestOrganisation;

/**
 * Whatever happens to cases, the figures equal a brute-force recount ({@link Recount}). Each try
 * makes a fresh agency with an agency below it, drives up to 14 random case histories through the
 * one door of case work ({@link CaseWork}, on a clock moved day by day) into the database — filed
 * on random days of 2025–2027, across the Lunar New Year and every other holiday, then assigned,
 * started, paused for supplements, extended, decided, closed, transferred to the agency below,
 * withdrawn or merged, in random order (refused steps change nothing) — and compares every figure,
 * grouped several ways and for a whole and a partial period, overdue as of a random day.
 *
 * <p>The histories come from jqwik generators sampled inside one JUnit test, so that the
 * application context is shared (jqwik properties get no Spring injection); there is no shrinking,
 * so a failure prints the histories it drove.
 */
@IntegrationTest
class FiguresPropertiesTests {

  static final int TRIES = 25;
  static final LocalDate FIRST = RandomCaseHistories.FIRST;

  @Autowired ApplicationContext context;
  @Autowired Figures figures;

  @Test
  void theFiguresEqualABruteForceRecountOfRandomCaseHistories() {
    TestOrganisation organisation = TestOrganisation.from(context);
    RandomCaseHistories histories = new RandomCaseHistories(context);
    int[] seen = new int[4];
    for (int seed = 1; seed <= TRIES; seed++) {
      Random random = new Random(seed);
      TestOrganisation.Setup home = organisation.agency("FP", null);
      TestOrganisation.Setup below = organisation.agency("FPB", home.code());
      List<Story> stories = histories.drive(home, below);
      LocalDate today = FIRST.plusDays(random.nextInt(1000));
      compare(stories, home.code(), today, "try " + seed + " of " + stories + ", today " + today);
      stories.forEach(s -> count(seen, s));
    }
    // the random histories reach what the figures are about
    assertThat(java.util.Arrays.stream(seen).boxed())
        .as("decided, paused, extended, ended")
        .allMatch(n -> n > 0);
  }

  private void compare(List<Story> stories, AgencyCode home, LocalDate today, String seed) {
    YearMonth first = YearMonth.of(2025, 1);
    YearMonth last = YearMonth.of(2027, 12);
    List<Set<Dimension>> groupings =
        List.of(
            Set.of(),
            EnumSet.allOf(Dimension.class),
            Set.of(Dimension.AGENCY, Dimension.MONTH),
            Set.of(Dimension.UNIT, Dimension.CHANNEL),
            Set.of(Dimension.SERVICE, Dimension.KIND));
    for (Set<Dimension> by : groupings) {
      for (YearMonth[] period :
          List.of(
              new YearMonth[] {first, last},
              new YearMonth[] {YearMonth.of(2026, 1), YearMonth.of(2026, 6)})) {
        List<FiguresRow> actual =
            figures.figures(new FiguresQuery(home, true, null, period[0], period[1], by), today);
        assertThat(actual)
            .as(seed + ", by " + by + " from " + period[0])
            .containsExactlyInAnyOrderElementsOf(
                Recount.rows(stories, by, period[0], period[1], today));
      }
    }
  }

  private static void count(int[] seen, Story s) {
    List<CaseAction> actions = s.steps().stream().map(Done::action).toList();
    seen[0] += actions.contains(CaseAction.DECIDE) ? 1 : 0;
    seen[1] += actions.contains(CaseAction.SUPPLY) ? 1 : 0;
    seen[2] += actions.contains(CaseAction.EXTEND) ? 1 : 0;
    seen[3] += actions.contains(CaseAction.TRANSFER) || actions.contains(CaseAction.MERGE) ? 1 : 0;
  }
}
