// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Case;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.figures.Recount.Done;
import tw.civicdesk.figures.Recount.Story;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.DomainException;

/**
 * Whatever happens to cases, the figures equal a brute-force recount ({@link Recount}). Each try
 * makes a fresh agency with an agency below it, drives up to 14 random case histories through
 * the real {@link CaseWork} into the database — filed on random days of 2025–2027, across the
 * Lunar New Year and every other holiday, then assigned, started, paused for supplements,
 * extended, decided, closed, transferred to the agency below, withdrawn or merged, in random
 * order (refused steps change nothing) — and compares every figure, grouped several ways and
 * for a whole and a partial period, overdue as of a random day.
 *
 * <p>The histories come from jqwik generators sampled inside one JUnit test, so that the
 * application context is shared (jqwik properties get no Spring injection); there is no
 * shrinking, so a failure prints the plans it drove.
 */
@IntegrationTest
class FiguresPropertiesTests {

  static final int TRIES = 25;
  static final Actor CLERK = Actor.staff(Party.COUNTER_CLERK, "clerk");
  static final Actor HEAD = Actor.staff(Party.UNIT_HEAD, "head");
  static final Actor OFFICER = Actor.staff(Party.CASE_OFFICER, "officer");
  static final LocalDate FIRST = LocalDate.of(2025, 1, 2);
  static final LocalDate LAST_RECEIPT = LocalDate.of(2027, 3, 31);

  @Autowired ApplicationContext context;
  @Autowired Figures figures;
  @Autowired TransactionTemplate tx;
  /** The first case of the current try: the one others are merged into (itself refuses). */
  CaseNumber firstOfTry;

  /** One attempted step, {@code gap} days after the previous one. */
  record Attempt(CaseAction action, int gap) {}

  /** One case to drive. */
  record Plan(int receivedOffset, Channel channel, boolean application, boolean secondUnit,
      boolean secondService, TimeLimit limit, List<Attempt> attempts) {}

  static Arbitrary<Plan> plans() {
    Arbitrary<CaseAction> actions = Arbitraries.frequency(Tuple.of(6, CaseAction.ASSIGN),
        Tuple.of(6, CaseAction.START), Tuple.of(3, CaseAction.REQUEST_SUPPLEMENT),
        Tuple.of(3, CaseAction.SUPPLY), Tuple.of(2, CaseAction.EXTEND),
        Tuple.of(5, CaseAction.DECIDE), Tuple.of(4, CaseAction.CLOSE),
        Tuple.of(1, CaseAction.TRANSFER), Tuple.of(1, CaseAction.WITHDRAW),
        Tuple.of(1, CaseAction.MERGE));
    Arbitrary<Attempt> attempt = Combinators.combine(actions, Arbitraries.integers()
        .between(0, 6)).as(Attempt::new);
    Arbitrary<TimeLimit> limits = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 8).map(TimeLimit::workingDays),
        Arbitraries.integers().between(5, 30).map(TimeLimit::calendarDays));
    return Combinators.combine(Arbitraries.integers().between(0,
            (int) (LAST_RECEIPT.toEpochDay() - FIRST.toEpochDay())),
        Arbitraries.of(Channel.class), Arbitraries.of(true, true, false),
        Arbitraries.of(true, false), Arbitraries.of(true, false), limits,
        attempt.list().ofMaxSize(12)).as(Plan::new);
  }

  @Test
  void theFiguresEqualABruteForceRecountOfRandomCaseHistories() {
    TestOrganisation organisation = TestOrganisation.from(context);
    int[] seen = new int[4];
    for (int seed = 1; seed <= TRIES; seed++) {
      Random random = new Random(seed);
      List<Plan> plans = plans().list().ofMinSize(1).ofMaxSize(14).sample();
      AgencyCode home = organisation.agency("FP", null).code();
      AgencyCode below = organisation.agency("FPB", home).code();
      List<Story> stories = new ArrayList<>();
      firstOfTry = null;
      for (Plan plan : plans) {
        drive(plan, home, below, stories);
      }
      LocalDate today = FIRST.plusDays(random.nextInt(1000));
      compare(stories, home, today, "try " + seed + " of plans " + plans + ", today " + today);
      stories.forEach(s -> count(seen, s));
    }
    // the random histories reach what the figures are about
    assertThat(java.util.Arrays.stream(seen).boxed()).as("decided, paused, extended, ended")
        .allMatch(n -> n > 0);
  }

  private void compare(List<Story> stories, AgencyCode home, LocalDate today, String seed) {
    YearMonth first = YearMonth.of(2025, 1);
    YearMonth last = YearMonth.of(2027, 12);
    List<Set<Dimension>> groupings = List.of(Set.of(), EnumSet.allOf(Dimension.class),
        Set.of(Dimension.AGENCY, Dimension.MONTH), Set.of(Dimension.UNIT, Dimension.CHANNEL),
        Set.of(Dimension.SERVICE, Dimension.KIND));
    for (Set<Dimension> by : groupings) {
      for (YearMonth[] period : List.of(new YearMonth[] {first, last},
          new YearMonth[] {YearMonth.of(2026, 1), YearMonth.of(2026, 6)})) {
        List<FiguresRow> actual = figures.figures(new FiguresQuery(home, true, null, period[0],
            period[1], by), today);
        assertThat(actual).as(seed + ", by " + by + " from " + period[0])
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

  /** Files the case of {@code plan} and attempts its steps; adds what happened to stories. */
  private void drive(Plan plan, AgencyCode home, AgencyCode below, List<Story> stories) {
    LocalDate day = FIRST.plusDays(plan.receivedOffset());
    ManualClock clock = ManualClock.on(day.toString());
    CaseWork work = CaseWorkAt.of(context, clock);
    long unit = plan.secondUnit() ? 2 : 1;
    ServiceCode service = !plan.application() ? null
        : new ServiceCode(plan.secondService() ? "FP-SECOND" : "FP-FIRST");
    CaseKind kind = plan.application() ? CaseKind.APPLICATION : CaseKind.PETITION;
    Case c = tx.execute(s -> work.file(new CaseWork.Filing(kind, plan.channel(), home, unit,
        service == null ? null : new ServiceRef(service, 1), plan.limit(), day, null, null,
        Map.of(), CaseLinks.NONE), CLERK));
    firstOfTry = firstOfTry == null ? c.number() : firstOfTry;
    List<Done> done = new ArrayList<>();
    LocalDate dueAtDecision = null;
    for (Attempt a : plan.attempts()) {
      clock.moveTo(clock.instant().atZone(ManualClock.TAIPEI).toLocalDate().plusDays(a.gap())
          .toString());
      LocalDate on = clock.instant().atZone(ManualClock.TAIPEI).toLocalDate();
      LocalDate dueBefore = work.dueDate(c);
      Case before = c;
      try {
        c = tx.execute(s -> take(work, before, a.action(), on, below, stories));
      } catch (DomainException refused) {
        continue;
      }
      done.add(new Done(a.action(), on));
      if (a.action() == CaseAction.DECIDE) {
        dueAtDecision = dueBefore;
      }
    }
    stories.add(new Story(home, unit, service, plan.channel(), kind, day, done, c.status(),
        work.dueDate(c), dueAtDecision));
  }

  private Case take(CaseWork work, Case c, CaseAction action, LocalDate on, AgencyCode below,
      List<Story> stories) {
    if (action == CaseAction.TRANSFER) {
      return transfer(work, c, on, below, stories);
    }
    return work.act(c.number(), c.version(), c.agency(), (k, x) -> {
      switch (action) {
        case ASSIGN -> k.assign(HEAD, "officer", x.now());
        case START -> k.start(OFFICER, x.now());
        case REQUEST_SUPPLEMENT -> k.requestSupplement(HEAD, List.of("印章"), x.today(),
            x.now());
        case SUPPLY -> k.supply(CLERK, x.today(), x.now(), null);
        case EXTEND -> k.extend(HEAD, k.clock().limit(), "人力不足", x.today(), x.calendar(),
            x.now());
        case DECIDE -> k.decide(HEAD, Decision.APPROVED, "符合", null, x.now());
        case CLOSE -> k.close(OFFICER, x.now());
        case WITHDRAW -> k.withdraw(CLERK, null, x.now());
        default -> k.mergeInto(HEAD, firstOfTry, x.now());
      }
    });
  }

  /** Transfers to the agency below, opening its case there as {@code CaseLinking} does. */
  private Case transfer(CaseWork work, Case c, LocalDate on, AgencyCode below,
      List<Story> stories) {
    Case opened = work.file(new CaseWork.Filing(c.kind(), c.channel(), below, 1, null,
        c.clock().limit(), on, null, null, Map.of(), CaseLinks.transferredFrom(c.number())),
        HEAD);
    Case moved = work.act(c.number(), c.version(), c.agency(), (k, x) -> k.transfer(HEAD, below,
        opened.number(), "非本所權責", x.now()));
    stories.add(new Story(below, 1, null, c.channel(), c.kind(), opened.clock().received(),
        List.of(), opened.status(), work.dueDate(opened), null));
    return moved;
  }
}
