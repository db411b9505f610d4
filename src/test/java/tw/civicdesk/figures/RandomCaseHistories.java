// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.figures.Recount.Done;
import tw.civicdesk.figures.Recount.Story;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.DomainException;

/**
 * Random case histories driven through the one door of case work ({@link CaseWorkAt}, on a clock
 * moved day by day) into the test database: cases filed on random days of 2025–2027 (across the
 * Lunar New Year and every other holiday) in either of two units of a home agency, then random
 * attempts by its staff to assign, start, ask for and supply supplements, extend, decide, close,
 * transfer (to the agency below), withdraw or merge; refused attempts change nothing. What happened
 * is returned as {@link Story stories} for {@link Recount}.
 *
 * <p>The counter clerk files every case (and so reaches it) and records supplies and withdrawals;
 * the unit head of the case's unit assigns, asks for documents, extends, decides, answers
 * follow-ups, merges and transfers; the officer starts and closes; the quality officer chases.
 */
final class RandomCaseHistories {

  static final LocalDate FIRST = LocalDate.of(2025, 1, 2);
  static final LocalDate LAST_RECEIPT = LocalDate.of(2027, 3, 31);

  private final ApplicationContext context;

  /** The unit head of each unit of the current run's home agency. */
  private final Map<Long, StaffPrincipal> heads = new HashMap<>();

  /** The first case of each unit in the current run: the one others are merged into. */
  private final Map<Long, CaseNumber> firstOfRun = new HashMap<>();

  private TestOrganisation.Setup home;
  private TestOrganisation.Setup below;

  RandomCaseHistories(ApplicationContext context) {
    this.context = context;
  }

  /** One attempted step, {@code gap} days after the previous one. */
  record Attempt(CaseAction action, int gap) {}

  /** One case to drive. */
  record Plan(
      int receivedOffset,
      Channel channel,
      boolean application,
      boolean secondUnit,
      boolean secondService,
      TimeLimit limit,
      List<Attempt> attempts) {}

  /**
   * Cases that mostly walk the lifecycle — assign, start, perhaps a supplement round, perhaps an
   * extension, decide, close — cut short at a random point (so some stay open), with up to three
   * random attempts of any step mixed in (so some end early, or are refused).
   */
  static Arbitrary<Plan> plans() {
    Arbitrary<CaseAction> anyAction =
        Arbitraries.frequency(
            Tuple.of(2, CaseAction.ASSIGN),
            Tuple.of(2, CaseAction.REQUEST_SUPPLEMENT),
            Tuple.of(2, CaseAction.SUPPLY),
            Tuple.of(2, CaseAction.EXTEND),
            Tuple.of(2, CaseAction.DECIDE),
            Tuple.of(1, CaseAction.TRANSFER),
            Tuple.of(1, CaseAction.WITHDRAW),
            Tuple.of(1, CaseAction.MERGE),
            Tuple.of(2, CaseAction.FOLLOW_UP),
            Tuple.of(2, CaseAction.ANSWER_FOLLOW_UP));
    Arbitrary<List<Tuple.Tuple2<Integer, CaseAction>>> noise =
        Combinators.combine(Arbitraries.integers().between(0, 8), anyAction)
            .as(Tuple::of)
            .list()
            .ofMaxSize(3);
    Arbitrary<List<CaseAction>> paths =
        Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(true, false, false),
                Arbitraries.integers()
                    .between(0, 8)
                    .withDistribution(net.jqwik.api.RandomDistribution.biased())
                    .map(n -> 8 - n),
                noise)
            .as(RandomCaseHistories::path);
    Arbitrary<TimeLimit> limits =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 8).map(TimeLimit::workingDays),
            Arbitraries.integers().between(5, 30).map(TimeLimit::calendarDays));
    Arbitrary<List<Attempt>> attempts =
        paths.flatMap(
            path ->
                Arbitraries.integers()
                    .between(0, 6)
                    .list()
                    .ofSize(path.size())
                    .map(
                        gaps -> {
                          List<Attempt> list = new ArrayList<>();
                          for (int i = 0; i < path.size(); i++) {
                            list.add(new Attempt(path.get(i), gaps.get(i)));
                          }
                          return list;
                        }));
    return Combinators.combine(
            Arbitraries.integers()
                .between(0, (int) (LAST_RECEIPT.toEpochDay() - FIRST.toEpochDay())),
            Arbitraries.of(Channel.class),
            Arbitraries.of(true, true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            limits,
            attempts)
        .as(Plan::new);
  }

  private static List<CaseAction> path(
      boolean supplement,
      boolean extend,
      int length,
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

  /**
   * Drives up to 14 random cases at {@code home} (in its unit and a second one made here),
   * transfers going to {@code other}.
   */
  List<Story> drive(TestOrganisation.Setup home, TestOrganisation.Setup other) {
    List<Plan> plans = plans().list().ofMinSize(1).ofMaxSize(14).sample();
    this.home = home;
    this.below = other;
    TestOrganisation organisation = TestOrganisation.from(context);
    long second = organisation.unit(home, "U2").id();
    heads.clear();
    heads.put(home.unit().id(), home.as(Role.UNIT_HEAD));
    heads.put(second, organisation.member(home, second, "head-u2", Role.UNIT_HEAD));
    firstOfRun.clear();
    List<Story> stories = new ArrayList<>();
    for (Plan plan : plans) {
      drive(plan, plan.secondUnit() ? second : home.unit().id(), stories);
    }
    return stories;
  }

  /** Files the case of {@code plan} and attempts its steps; adds what happened to stories. */
  private void drive(Plan plan, long unit, List<Story> stories) {
    LocalDate day = FIRST.plusDays(plan.receivedOffset());
    ManualClock clock = ManualClock.on(day.toString());
    CaseWork work = CaseWorkAt.of(context, clock);
    ServiceCode service =
        !plan.application()
            ? null
            : new ServiceCode(plan.secondService() ? "FP-SECOND" : "FP-FIRST");
    CaseKind kind = plan.application() ? CaseKind.APPLICATION : CaseKind.PETITION;
    CaseNumber number =
        work.file(
                new CaseCommand.File(
                    kind,
                    plan.channel(),
                    home.code(),
                    unit,
                    service == null ? null : new ServiceRef(service, 1),
                    plan.limit(),
                    day,
                    null,
                    null,
                    Map.of(),
                    home.username(Role.COUNTER_CLERK)))
            .number();
    firstOfRun.putIfAbsent(unit, number);
    List<Done> done = new ArrayList<>();
    LocalDate dueAtDecision = null;
    int version = 0;
    for (Attempt a : plan.attempts()) {
      clock.moveTo(
          clock.instant().atZone(ManualClock.TAIPEI).toLocalDate().plusDays(a.gap()).toString());
      LocalDate on = clock.instant().atZone(ManualClock.TAIPEI).toLocalDate();
      LocalDate dueBefore = now(work, number).dueDate();
      try {
        version = take(work, number, version, unit, plan.limit(), a.action(), stories);
      } catch (DomainException refused) {
        continue;
      }
      done.add(new Done(a.action(), on));
      if (a.action() == CaseAction.DECIDE) {
        dueAtDecision = dueBefore;
      }
    }
    CaseViews.Summary now = now(work, number);
    stories.add(
        new Story(
            home.code(),
            unit,
            service,
            plan.channel(),
            kind,
            day,
            done,
            now.status(),
            now.dueDate(),
            dueAtDecision));
  }

  /** Attempts {@code action} on case {@code n} seen at {@code v}; answers the new version. */
  private int take(
      CaseWork work,
      CaseNumber n,
      int v,
      long unit,
      TimeLimit limit,
      CaseAction action,
      List<Story> stories) {
    StaffPrincipal head = heads.get(unit);
    StaffPrincipal officer = home.as(Role.CASE_OFFICER);
    StaffPrincipal clerk = home.as(Role.COUNTER_CLERK);
    return (switch (action) {
          case ASSIGN -> work.assign(head, new CaseCommand.Assign(n, v, officer.getUsername()));
          case START -> work.start(officer, new CaseCommand.Start(n, v));
          case REQUEST_SUPPLEMENT ->
              work.requestSupplement(
                  head, new CaseCommand.RequestSupplement(n, v, List.of("印章"), 7));
          case SUPPLY -> work.supply(clerk, new CaseCommand.Supply(n, v, null));
          case EXTEND ->
              work.extend(head, new CaseCommand.Extend(n, v, limit.amount(), null, "人力不足"));
          case DECIDE ->
              work.decide(head, new CaseCommand.Decide(n, v, Decision.APPROVED, "符合", null));
          case CLOSE -> work.close(officer, new CaseCommand.Close(n, v));
          case WITHDRAW -> work.withdraw(clerk, new CaseCommand.Withdraw(n, v, null));
          case FOLLOW_UP ->
              work.followUp(home.as(Role.QUALITY_OFFICER), new CaseCommand.FollowUp(n, v, "請說明"));
          case ANSWER_FOLLOW_UP ->
              work.answerFollowUp(head, new CaseCommand.AnswerFollowUp(n, v, "已催辦"));
          case TRANSFER -> transfer(work, head, n, v, stories);
          default -> work.merge(head, new CaseCommand.Merge(n, v, firstOfRun.get(unit)));
        })
        .version();
  }

  /** Transfers to the agency below; the case it opens there is a story of its own. */
  private CaseWork.Stepped transfer(
      CaseWork work, StaffPrincipal head, CaseNumber n, int v, List<Story> stories) {
    CaseWork.Stepped moved =
        work.transfer(
            head, new CaseCommand.Transfer(n, v, below.code(), below.unit().id(), "非本所權責"));
    CaseViews.Summary opened =
        now(work, work.lookUp(n, any -> true).orElseThrow().links().transferredTo());
    stories.add(
        new Story(
            below.code(),
            opened.unitId(),
            opened.service() == null ? null : opened.service().code(),
            opened.channel(),
            opened.kind(),
            opened.receivedOn(),
            List.of(),
            opened.status(),
            opened.dueDate(),
            null));
    return moved;
  }

  private static CaseViews.Summary now(CaseWork work, CaseNumber number) {
    return work.summary(number).orElseThrow();
  }
}
