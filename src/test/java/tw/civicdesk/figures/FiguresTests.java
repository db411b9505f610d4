// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.civicdesk.figures.RandomCaseHistories.CLERK;
import static tw.civicdesk.figures.RandomCaseHistories.HEAD;
import static tw.civicdesk.figures.RandomCaseHistories.OFFICER;
import static tw.civicdesk.figures.RandomCaseHistories.QUALITY;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.CalendarAdministration;
import tw.civicdesk.calendar.ClosureKind;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.internal.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.TestOrganisation;

/** The rollup follows a case step by step, across the Lunar New Year holidays of 2026. */
@IntegrationTest
class FiguresTests {

  @Autowired ApplicationContext context;
  @Autowired Figures figures;
  @Autowired TransactionTemplate tx;

  @Test
  void aCaseDecidedAfterASupplementIsOnTimeAndCountsOnlyTheWorkingDaysTheClockRan() {
    AgencyCode agency = TestOrganisation.from(context).agency("FIG", null).code();
    ManualClock clock = ManualClock.on("2026-02-11");
    CaseEngine work = CaseWorkAt.of(context, clock);
    Case c = tx.execute(s -> work.file(new CaseEngine.Filing(CaseKind.APPLICATION, Channel.ONLINE,
        agency, 7, new ServiceRef(new ServiceCode("FIG-CERT"), 1), TimeLimit.workingDays(3),
        LocalDate.parse("2026-02-11"), null, null, Map.of(), CaseLinks.NONE), CLERK));
    YearMonth feb = YearMonth.of(2026, 2);
    FiguresRow filed = only(figures.figures(FiguresQuery.of(agency, feb, feb),
        LocalDate.parse("2026-02-25")));
    // due 2026-02-23 (12th, 13th, then the holidays to the 22nd): overdue on the 25th
    assertThat(filed.received()).isEqualTo(1);
    assertThat(filed.open()).isEqualTo(1);
    assertThat(filed.overdue()).isEqualTo(1);

    c = step(work, c, (k, x) -> k.assign(HEAD, "officer", x.now()));
    c = step(work, c, (k, x) -> k.start(OFFICER, x.now()));
    c = step(work, c, (k, x) -> k.requestSupplement(OFFICER, List.of("印章"),
        7, x.today(), x.calendar(), x.now()));
    clock.moveTo("2026-02-24");
    c = step(work, c, (k, x) -> k.supply(OFFICER, x.today(), x.now(), null));
    clock.moveTo("2026-02-26");
    c = step(work, c, (k, x) -> k.decide(OFFICER, Decision.APPROVED, "符合", null, x.now()));
    clock.moveTo("2026-03-02");
    step(work, c, (k, x) -> k.close(OFFICER, x.now()));

    List<FiguresRow> rows = figures.figures(FiguresQuery.of(agency, feb, feb.plusMonths(1),
        Dimension.MONTH, Dimension.SERVICE), LocalDate.parse("2026-03-02"));
    assertThat(rows).hasSize(2);
    FiguresRow february = rows.get(0);
    assertThat(february.month()).isEqualTo(feb);
    assertThat(february.service()).isEqualTo(new ServiceCode("FIG-CERT"));
    assertThat(february.received()).isEqualTo(1);
    assertThat(february.decided()).isEqualTo(1);
    // paused after the 11th up to the 24th: the clock ran on the 25th and 26th only
    assertThat(february.decidedOnTime()).isEqualTo(1);
    assertThat(february.onTimeRate()).isEqualTo(1.0);
    assertThat(february.workingDaysSum()).isEqualTo(2);
    assertThat(february.p90WorkingDays()).isEqualTo(2);
    assertThat(february.open()).isZero();
    assertThat(rows.get(1).closed()).isEqualTo(1);
    assertThat(rows.get(1).decided()).isZero();
    assertThat(rows.get(1).onTimeRate()).isNull();
  }

  @Test
  void aTyphoonDayRecordedAfterALateDecisionMakesItOnTime() {
    TestOrganisation.Setup setup = TestOrganisation.from(context).agency("FIGTY", null);
    AgencyCode agency = setup.code();
    ManualClock clock = ManualClock.on("2026-08-03");
    CaseEngine work = CaseWorkAt.of(context, clock);
    Case c = tx.execute(s -> work.file(new CaseEngine.Filing(CaseKind.APPLICATION, Channel.COUNTER,
        agency, setup.unit().id(), null, TimeLimit.workingDays(6), LocalDate.parse("2026-08-03"),
        null, null, Map.of(), CaseLinks.NONE), CLERK));
    c = step(work, c, (k, x) -> k.assign(HEAD, "officer", x.now()));
    c = step(work, c, (k, x) -> k.start(OFFICER, x.now()));
    clock.moveTo("2026-08-12"); // due on the 11th: one day late
    step(work, c, (k, x) -> k.decide(OFFICER, Decision.APPROVED, "符合", null, x.now()));
    YearMonth august = YearMonth.of(2026, 8);
    FiguresQuery query = FiguresQuery.of(agency, august, august);
    assertThat(only(figures.figures(query)).decidedOnTime()).isZero();

    // Tuesday the 4th was a typhoon day: the clock stood, the case fell due on the 12th.
    context.getBean(CalendarAdministration.class).addClosure(agency,
        LocalDate.parse("2026-08-04"), ClosureKind.FULL_DAY, "颱風停止上班", "admin");

    FiguresRow after = only(figures.figures(query));
    assertThat(after.decided()).isEqualTo(1);
    assertThat(after.decidedOnTime()).isEqualTo(1);
  }

  @Test
  void followUpsAndTheirAnswersCountInTheMonthOfTheStep() {
    AgencyCode agency = TestOrganisation.from(context).agency("FIGFU", null).code();
    ManualClock clock = ManualClock.on("2026-03-02");
    CaseEngine work = CaseWorkAt.of(context, clock);
    Case c = tx.execute(s -> work.file(new CaseEngine.Filing(CaseKind.APPLICATION, Channel.COUNTER,
        agency, 7, null, TimeLimit.workingDays(3), LocalDate.parse("2026-03-02"), null, null,
        Map.of(), CaseLinks.NONE), CLERK));
    clock.moveTo("2026-03-31"); // due on the 5th: late
    c = step(work, c, (k, x) -> k.followUp(QUALITY, "請說明", x.today(), x.calendar(), x.now()));
    c = step(work, c, (k, x) -> k.followUp(QUALITY, "再催", x.today(), x.calendar(), x.now()));
    clock.moveTo("2026-04-01");
    step(work, c, (k, x) -> k.answerFollowUp(HEAD, "已催辦", x.now()));

    YearMonth march = YearMonth.of(2026, 3);
    List<FiguresRow> rows = figures.figures(FiguresQuery.of(agency, march, march.plusMonths(1),
        Dimension.MONTH), LocalDate.parse("2026-04-01"));
    assertThat(rows).extracting(FiguresRow::month, FiguresRow::followUps,
        FiguresRow::followUpsAnswered).containsExactly(
            org.assertj.core.groups.Tuple.tuple(march, 2L, 0L),
            org.assertj.core.groups.Tuple.tuple(march.plusMonths(1), 0L, 1L));
    // the rebuild counts them alike
    context.getBean(FiguresRebuild.class).rebuild();
    assertThat(figures.figures(FiguresQuery.of(agency, march, march.plusMonths(1),
        Dimension.MONTH), LocalDate.parse("2026-04-01"))).isEqualTo(rows);
  }

  private Case step(CaseEngine work, Case c, CaseEngine.Step step) {
    return tx.execute(s -> work.act(c.number(), c.version(), c.agency(), step));
  }

  private static FiguresRow only(List<FiguresRow> rows) {
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
