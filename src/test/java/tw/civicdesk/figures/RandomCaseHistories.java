// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.internal.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.figures.Recount.Done;
import tw.civicdesk.figures.Recount.Story;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.error.DomainException;

/**
 * Random case histories driven through the real {@link CaseEngine} into the test database: cases
 * filed on random days of 2025–2027 (across the Lunar New Year and every other holiday), then
 * random attempts to assign, start, ask for and supply supplements, extend, decide, close,
 * transfer (to a second agency), withdraw or merge; refused attempts change nothing. What
 * happened is returned as {@link Story stories} for {@link Recount}.
 */
final class RandomCaseHistories {

  static final Actor CLERK = Actor.staff(Party.COUNTER_CLERK, "clerk");
  static final Actor HEAD = Actor.staff(Party.UNIT_HEAD, "head");
  static final Actor OFFICER = Actor.staff(Party.CASE_OFFICER, "officer");
  static final Actor QUALITY = Actor.staff(Party.QUALITY_OFFICER, "quality");
  static final LocalDate FIRST = LocalDate.of(2025, 1, 2);
  static final LocalDate LAST_RECEIPT = LocalDate.of(2027, 3, 31);

  private final ApplicationContext context;
  private final TransactionTemplate tx;
  /** The first case of the current run: the one others are merged into (itself refuses). */
  private CaseNumber firstOfRun;

  RandomCaseHistories(ApplicationContext context) {
    this.context = context;
    this.tx = context.getBean(TransactionTemplate.class);
  }

  /** One attempted step, {@code gap} days after the previous one. */
  record Attempt(CaseAction action, int gap) {}

  /** One case to drive. */
  record Plan(int receivedOffset, Channel channel, boolean application, boolean secondUnit,
      boolean secondService, TimeLimit limit, List<Attempt> attempts) {}

  /**
   * Cases that mostly walk the lifecycle — assign, start, perhaps a supplement round, perhaps
   * an extension, decide, close — cut short at a random point (so some stay open), with up to
   * three random attempts of any step mixed in (so some end early, or are refused).
   */
  static Arbitrary<Plan> plans() {
    Arbitrary<CaseAction> anyAction = Arbitraries.frequency(Tuple.of(2, CaseAction.ASSIGN),
        Tuple.of(2, CaseAction.REQUEST_SUPPLEMENT), Tuple.of(2, CaseAction.SUPPLY),
        Tuple.of(2, CaseAction.EXTEND), Tuple.of(2, CaseAction.DECIDE),
        Tuple.of(1, CaseAction.TRANSFER), Tuple.of(1, CaseAction.WITHDRAW),
        Tuple.of(1, CaseAction.MERGE), Tuple.of(2, CaseAction.FOLLOW_UP),
        Tuple.of(2, CaseAction.ANSWER_FOLLOW_UP));
    Arbitrary<List<Tuple.Tuple2<Integer, CaseAction>>> noise = Combinators.combine(
        Arbitraries.integers().between(0, 8), anyAction).as(Tuple::of).list().ofMaxSize(3);
    Arbitrary<List<CaseAction>> paths = Combinators.combine(Arbitraries.of(true, false),
        Arbitraries.of(true, false, false), Arbitraries.integers().between(0, 8)
            .withDistribution(net.jqwik.api.RandomDistribution.biased()).map(n -> 8 - n),
        noise).as(RandomCaseHistories::path);
    Arbitrary<TimeLimit> limits = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 8).map(TimeLimit::workingDays),
        Arbitraries.integers().between(5, 30).map(TimeLimit::calendarDays));
    Arbitrary<List<Attempt>> attempts = paths.flatMap(path -> Arbitraries.integers()
        .between(0, 6).list().ofSize(path.size()).map(gaps -> {
          List<Attempt> list = new ArrayList<>();
          for (int i = 0; i < path.size(); i++) {
            list.add(new Attempt(path.get(i), gaps.get(i)));
          }
          return list;
        }));
    return Combinators.combine(Arbitraries.integers().between(0,
            (int) (LAST_RECEIPT.toEpochDay() - FIRST.toEpochDay())),
        Arbitraries.of(Channel.class), Arbitraries.of(true, true, false),
        Arbitraries.of(true, false), Arbitraries.of(true, false), limits, attempts)
        .as(Plan::new);
  }

  private static List<CaseAction> path(boolean supplement, boolean extend, int length,
      List<Tuple.Tuple2<Integer, CaseAction>> noise) {
    List<CaseAction> path = new ArrayList<>(List.of(CaseAction.ASSIGN, CaseAction.START));
    if (supplement) {
      path.addAll(List.of(CaseAction.REQUEST_SUPPLEMENT, CaseAction.SUPPLY));
    }
    if (extend) {
      path.add(CaseAction.EXTEND);
    }
    path.addAll(List.of(CaseAction.DECIDE, CaseAction.CLOSE));
    List<CaseAction> cut = new ArrayList<>(path.subList(0, Math.min(length, path.size())));
    for (Tuple.Tuple2<Integer, CaseAction> extra : noise) {
      cut.add(Math.min(extra.get1(), cut.size()), extra.get2());
    }
    return cut;
  }

  /** Drives up to 14 random cases at {@code home}, transfers going to {@code other}. */
  List<Story> drive(AgencyCode home, AgencyCode other) {
    List<Plan> plans = plans().list().ofMinSize(1).ofMaxSize(14).sample();
    List<Story> stories = new ArrayList<>();
    firstOfRun = null;
    for (Plan plan : plans) {
      drive(plan, home, other, stories);
    }
    return stories;
  }

  /** Files the case of {@code plan} and attempts its steps; adds what happened to stories. */
  private void drive(Plan plan, AgencyCode home, AgencyCode below, List<Story> stories) {
    LocalDate day = FIRST.plusDays(plan.receivedOffset());
    ManualClock clock = ManualClock.on(day.toString());
    CaseEngine work = CaseWorkAt.of(context, clock);
    long unit = plan.secondUnit() ? 2 : 1;
    ServiceCode service = !plan.application() ? null
        : new ServiceCode(plan.secondService() ? "FP-SECOND" : "FP-FIRST");
    CaseKind kind = plan.application() ? CaseKind.APPLICATION : CaseKind.PETITION;
    Case c = tx.execute(s -> work.file(new CaseEngine.Filing(kind, plan.channel(), home, unit,
        service == null ? null : new ServiceRef(service, 1), plan.limit(), day, null, null,
        Map.of(), CaseLinks.NONE), CLERK));
    firstOfRun = firstOfRun == null ? c.number() : firstOfRun;
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

  private Case take(CaseEngine work, Case c, CaseAction action, LocalDate on, AgencyCode below,
      List<Story> stories) {
    if (action == CaseAction.TRANSFER) {
      return transfer(work, c, on, below, stories);
    }
    return work.act(c.number(), c.version(), c.agency(), (k, x) -> {
      switch (action) {
        case ASSIGN -> k.assign(HEAD, "officer", x.now());
        case START -> k.start(OFFICER, x.now());
        case REQUEST_SUPPLEMENT -> k.requestSupplement(HEAD, List.of("印章"),
            7, x.today(), x.calendar(), x.now());
        case SUPPLY -> k.supply(CLERK, x.today(), x.now(), null);
        case EXTEND -> k.extend(HEAD, k.clock().limit(), "人力不足", x.today(), x.calendar(),
            x.now());
        case DECIDE -> k.decide(HEAD, Decision.APPROVED, "符合", null, x.now());
        case CLOSE -> k.close(OFFICER, x.now());
        case WITHDRAW -> k.withdraw(CLERK, null, x.now());
        case FOLLOW_UP -> k.followUp(QUALITY, "請說明", x.today(), x.calendar(), x.now());
        case ANSWER_FOLLOW_UP -> k.answerFollowUp(HEAD, "已催辦", x.now());
        default -> k.mergeInto(HEAD, firstOfRun, x.now());
      }
    });
  }

  /** Transfers to the agency below, opening its case there as {@code CaseLinking} does. */
  private Case transfer(CaseEngine work, Case c, LocalDate on, AgencyCode below,
      List<Story> stories) {
    Case opened = work.file(new CaseEngine.Filing(c.kind(), c.channel(), below, 1, null,
        c.clock().limit(), on, null, null, Map.of(), CaseLinks.transferredFrom(c.number())),
        HEAD);
    Case moved = work.act(c.number(), c.version(), c.agency(), (k, x) -> k.transfer(HEAD, below,
        opened.number(), "非本所權責", x.now()));
    stories.add(new Story(below, 1, null, c.channel(), c.kind(), opened.clock().received(),
        List.of(), opened.status(), work.dueDate(opened), null));
    return moved;
  }
}
