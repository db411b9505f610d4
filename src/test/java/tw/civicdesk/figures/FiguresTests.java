// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.calendar.CalendarAdministration;
import tw.civicdesk.calendar.ClosureKind;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWorkAt;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;

/** The rollup follows a case step by step, across the Lunar New Year holidays of 2026. */
@IntegrationTest
class FiguresTests {

  @Autowired ApplicationContext context;
  @Autowired Figures figures;

  /** Files an application of {@code setup}'s unit through {@code work}, by its counter clerk. */
  private static CaseNumber file(
      CaseWork work,
      TestOrganisation.Setup setup,
      Channel channel,
      String service,
      TimeLimit limit,
      String received) {
    return work.file(
            CaseCommand.File.application(
                channel,
                setup.code(),
                setup.unit().id(),
                new ServiceCode(service),
                1,
                limit,
                LocalDate.parse(received),
                null,
                null,
                Map.of(),
                setup.username(Role.COUNTER_CLERK)))
        .number();
  }

  @Test
  void aCaseDecidedAfterASupplementIsOnTimeAndCountsOnlyTheWorkingDaysTheClockRan() {
    TestOrganisation.Setup setup = TestOrganisation.from(context).agency("FIG", null);
    AgencyCode agency = setup.code();
    ManualClock clock = ManualClock.on("2026-02-11");
    CaseWork work = CaseWorkAt.of(context, clock);
    CaseNumber c =
        file(work, setup, Channel.ONLINE, "FIG-CERT", TimeLimit.workingDays(3), "2026-02-11");
    YearMonth feb = YearMonth.of(2026, 2);
    FiguresRow filed =
        only(figures.figures(FiguresQuery.of(agency, feb, feb), LocalDate.parse("2026-02-25")));
    // due 2026-02-23 (12th, 13th, then the holidays to the 22nd): overdue on the 25th
    assertThat(filed.received()).isEqualTo(1);
    assertThat(filed.open()).isEqualTo(1);
    assertThat(filed.overdue()).isEqualTo(1);

    StaffPrincipal officer = setup.as(Role.CASE_OFFICER);
    int v =
        work.assign(setup.as(Role.UNIT_HEAD), new CaseCommand.Assign(c, 0, officer.getUsername()))
            .version();
    v = work.start(officer, new CaseCommand.Start(c, v)).version();
    v =
        work.requestSupplement(officer, new CaseCommand.RequestSupplement(c, v, List.of("印章"), 7))
            .version();
    clock.moveTo("2026-02-24");
    v = work.supply(officer, new CaseCommand.Supply(c, v, null)).version();
    clock.moveTo("2026-02-26");
    v = work.decide(officer, new CaseCommand.Decide(c, v, Decision.APPROVED, "符合", null)).version();
    clock.moveTo("2026-03-02");
    work.close(officer, new CaseCommand.Close(c, v));

    List<FiguresRow> rows =
        figures.figures(
            FiguresQuery.of(agency, feb, feb.plusMonths(1), Dimension.MONTH, Dimension.SERVICE),
            LocalDate.parse("2026-03-02"));
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
    CaseWork work = CaseWorkAt.of(context, clock);
    CaseNumber c =
        file(work, setup, Channel.COUNTER, "FIGTY-CERT", TimeLimit.workingDays(6), "2026-08-03");
    StaffPrincipal officer = setup.as(Role.CASE_OFFICER);
    int v =
        work.assign(setup.as(Role.UNIT_HEAD), new CaseCommand.Assign(c, 0, officer.getUsername()))
            .version();
    v = work.start(officer, new CaseCommand.Start(c, v)).version();
    clock.moveTo("2026-08-12"); // due on the 11th: one day late
    work.decide(officer, new CaseCommand.Decide(c, v, Decision.APPROVED, "符合", null));
    YearMonth august = YearMonth.of(2026, 8);
    FiguresQuery query = FiguresQuery.of(agency, august, august);
    assertThat(only(figures.figures(query)).decidedOnTime()).isZero();

    // Tuesday the 4th was a typhoon day: the clock stood, the case fell due on the 12th.
    context
        .getBean(CalendarAdministration.class)
        .addClosure(agency, LocalDate.parse("2026-08-04"), ClosureKind.FULL_DAY, "颱風停止上班", "admin");

    FiguresRow after = only(figures.figures(query));
    assertThat(after.decided()).isEqualTo(1);
    assertThat(after.decidedOnTime()).isEqualTo(1);
  }

  @Test
  void followUpsAndTheirAnswersCountInTheMonthOfTheStep() {
    TestOrganisation.Setup setup = TestOrganisation.from(context).agency("FIGFU", null);
    AgencyCode agency = setup.code();
    ManualClock clock = ManualClock.on("2026-03-02");
    CaseWork work = CaseWorkAt.of(context, clock);
    CaseNumber c =
        file(work, setup, Channel.COUNTER, "FIGFU-CERT", TimeLimit.workingDays(3), "2026-03-02");
    clock.moveTo("2026-03-31"); // due on the 5th: late
    StaffPrincipal quality = setup.as(Role.QUALITY_OFFICER);
    work.followUp(quality, new CaseCommand.FollowUp(c, 0, "請說明"));
    work.followUp(quality, new CaseCommand.FollowUp(c, 1, "再催"));
    clock.moveTo("2026-04-01");
    work.answerFollowUp(setup.as(Role.UNIT_HEAD), new CaseCommand.AnswerFollowUp(c, 2, "已催辦"));

    YearMonth march = YearMonth.of(2026, 3);
    List<FiguresRow> rows =
        figures.figures(
            FiguresQuery.of(agency, march, march.plusMonths(1), Dimension.MONTH),
            LocalDate.parse("2026-04-01"));
    assertThat(rows)
        .extracting(FiguresRow::month, FiguresRow::followUps, FiguresRow::followUpsAnswered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(march, 2L, 0L),
            org.assertj.core.groups.Tuple.tuple(march.plusMonths(1), 0L, 1L));
    // the rebuild counts them alike
    context.getBean(FiguresRebuild.class).rebuild();
    assertThat(
            figures.figures(
                FiguresQuery.of(agency, march, march.plusMonths(1), Dimension.MONTH),
                LocalDate.parse("2026-04-01")))
        .isEqualTo(rows);
  }

  private static FiguresRow only(List<FiguresRow> rows) {
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
