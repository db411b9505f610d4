// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.Party;
import tw.civicdesk.platform.error.DomainException;

/**
 * Whatever anyone tries, in any order, a case's history is a path through the lifecycle table: each
 * step starts where the last one ended, is a row of the table, and was taken by a party the row
 * allows. Coverage checks make sure the random attempts do reach decisions and supplement waits, so
 * the property is not vacuous. And the due date the case states always equals a day-by-day recount
 * of the calendar, skipping the days paused for a supplement.
 */
class CaseHistoryPropertiesTests {

  record Attempt(CaseAction action, Party party) {}

  /**
   * Steps that end a case are rare, so that paths get long; the party is mostly one the table
   * allows for the action somewhere, sometimes anyone at all.
   */
  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<CaseAction> actions =
        Arbitraries.frequency(
            Tuple.of(6, CaseAction.ASSIGN),
            Tuple.of(6, CaseAction.START),
            Tuple.of(6, CaseAction.REQUEST_SUPPLEMENT),
            Tuple.of(6, CaseAction.SUPPLY),
            Tuple.of(4, CaseAction.EXTEND),
            Tuple.of(6, CaseAction.DECIDE),
            Tuple.of(4, CaseAction.CLOSE),
            Tuple.of(1, CaseAction.WITHDRAW),
            Tuple.of(1, CaseAction.MERGE),
            Tuple.of(1, CaseAction.TRANSFER),
            Tuple.of(1, CaseAction.RESCHEDULE));
    return actions
        .flatMap(
            action ->
                Arbitraries.frequencyOf(
                        Tuple.of(4, Arbitraries.of(List.copyOf(partiesFor(action)))),
                        Tuple.of(1, Arbitraries.of(Party.values())))
                    .map(party -> new Attempt(action, party)))
        .list()
        .ofMaxSize(40);
  }

  private static java.util.Set<Party> partiesFor(CaseAction action) {
    return CaseTransitions.all().stream()
        .filter(t -> t.action() == action)
        .flatMap(t -> t.by().stream())
        .collect(java.util.stream.Collectors.toSet());
  }

  @Property(tries = 1000)
  void theHistoryIsAlwaysAValidPathOfTheTable(@ForAll("attempts") List<Attempt> attempts) {
    Case c = CaseLifecycleTests.aReceivedCase();
    LocalDate day = LocalDate.of(2026, 2, 23);
    for (Attempt attempt : attempts) {
      day = day.plusDays(1);
      try {
        apply(c, attempt, day);
      } catch (DomainException | IllegalStateException refused) {
        // refused steps change nothing; the path below proves it
      }
    }
    CaseStatus at = CaseStatus.RECEIVED;
    for (HistoryEntry entry : c.history().subList(1, c.history().size())) {
      assertThat(entry.from()).isEqualTo(at);
      CaseTransitions.Transition row =
          CaseTransitions.find(entry.from(), entry.action()).orElseThrow();
      assertThat(row.to()).isEqualTo(entry.to());
      assertThat(row.by()).contains(entry.actor().party());
      at = entry.to();
    }
    assertThat(c.status()).isEqualTo(at);
    boolean recounted = dueDateEqualsABruteForceRecount(c);
    Statistics.label("due date recounted").collect(recounted);
    Statistics.label("due date recounted")
        .coverage(coverage -> coverage.check(true).count(n -> n > 0));
    Statistics.collect(
        c.history().stream().anyMatch(e -> e.to() == CaseStatus.DECIDED),
        c.history().stream().anyMatch(e -> e.to() == CaseStatus.AWAITING_SUPPLEMENT));
    Statistics.coverage(
        coverage -> {
          coverage.check(true, false).count(n -> n > 0);
          coverage.check(false, true).count(n -> n > 0);
        });
  }

  /**
   * For a case not waiting for a supplement, with at most one supplement round: the due date is the
   * day the day-by-day count of {@link CaseClockTests#bruteForce} reaches the limit, plus the
   * extension's working days counted one by one after it.
   *
   * @return whether a recount was made
   */
  private static boolean dueDateEqualsABruteForceRecount(Case c) {
    CaseClock clock = c.clock();
    if (clock.paused() || clock.pauses().size() > 1) {
      return false;
    }
    LocalDate due =
        clock.pauses().isEmpty()
            ? CaseClockTests.bruteForce(
                clock.received(), clock.limit().amount(), clock.received(), clock.received(), true)
            : CaseClockTests.bruteForce(
                clock.received(),
                clock.limit().amount(),
                clock.pauses().get(0).requested(),
                clock.pauses().get(0).supplied(),
                true);
    if (clock.extension() != null) {
      int left = clock.extension().amount();
      while (left > 0) {
        due = due.plusDays(1);
        if (CaseClockTests.working(due)) {
          left--;
        }
      }
    }
    assertThat(c.dueDate(CaseLifecycleTests.CALENDAR)).as("due date of " + clock).isEqualTo(due);
    return true;
  }

  private static void apply(Case c, Attempt a, LocalDate day) {
    Actor actor = Actor.staff(a.party(), a.party() == Party.CASE_OFFICER ? "officer" : "staff");
    Instant at = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    switch (a.action()) {
      case ASSIGN -> c.assign(actor, "officer", at);
      case START -> c.start(actor, at);
      case REQUEST_SUPPLEMENT ->
          c.requestSupplement(actor, List.of("文件"), 7, day, CaseLifecycleTests.CALENDAR, at);
      case SUPPLY -> c.supply(actor, day, at, null);
      case EXTEND ->
          c.extend(actor, TimeLimit.workingDays(3), "理由", day, CaseLifecycleTests.CALENDAR, at);
      case DECIDE -> c.decide(actor, Decision.ANSWERED, "理由", null, at);
      case CLOSE -> c.close(actor, at);
      case WITHDRAW -> c.withdraw(actor, null, at);
      case MERGE -> c.mergeInto(actor, CaseNumber.of(CaseLifecycleTests.JIAOXI, day, 9), at);
      case TRANSFER ->
          c.transfer(
              actor,
              new tw.civicdesk.organisation.AgencyCode("OTHER"),
              CaseNumber.of(new tw.civicdesk.organisation.AgencyCode("OTHER"), day, 1),
              "非本機關業務",
              at);
      case REQUEST_JOINT_HANDLING ->
          c.requestJointHandling(
              actor, CaseNumber.of(CaseLifecycleTests.JIAOXI, day, 8), "民政課", at);
      case RESCHEDULE -> c.reschedule(actor, day, "+ " + day + " 颱風停止上班", at);
    }
  }
}
