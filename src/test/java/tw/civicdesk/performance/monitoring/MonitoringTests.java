// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.monitoring.ProgressReports.Decision;
import tw.civicdesk.performance.monitoring.ProgressReports.Submission;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * The rules of progress reporting, review and chasing on a fixed clock: a plan of 2026 in
 * execution, reported on in quarters.
 */
@IntegrationTest
class MonitoringTests {

  @Autowired ApplicationContext context;
  @Autowired TransactionTemplate tx;
  @Autowired StaffNotices notices;

  ManualClock clock;
  MonitoringFixtures f;
  ProgressReports reports;
  StaffPrincipal u1Head;
  StaffPrincipal qo;

  @BeforeEach
  void planInExecution() {
    clock = ManualClock.on("2026-03-16");
    f = MonitoringFixtures.create(context, "MON", null, 2026);
    reports = MonitoringFixtures.reports(context, clock);
    u1Head = f.u1(Role.UNIT_HEAD);
    qo = f.u1(Role.QUALITY_OFFICER);
  }

  private ProgressReport submit(StaffPrincipal actor, Submission s) {
    return tx.execute(t -> reports.submit(actor, f.plan.id(), s));
  }

  private ProgressReport review(ProgressReport r, Decision d, String comment) {
    return tx.execute(t -> reports.review(qo, f.plan.id(), r.id(), r.version(), d, comment));
  }

  @Test
  void aReportForAPeriodThatHasNotBegunIsRefusedAndNothingIsStored() {
    assertThatThrownBy(() -> submit(u1Head, MonitoringFixtures.report("pa", "U1", "2026-Q2", null)))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("period"));
    assertThatThrownBy(() -> submit(u1Head, MonitoringFixtures.report("pa", "U1", "2025-Q4", null)))
        .isInstanceOf(InvalidFields.class);
    assertThat(reports.reports(qo, f.plan.id())).isEmpty();
    clock.moveTo("2026-04-01");
    assertThat(submit(u1Head, MonitoringFixtures.report("pa", "U1", "2026-Q2", null)).reviewState())
        .isEqualTo(ReviewState.SUBMITTED);
  }

  @Test
  void aUnitReportsOnlyOnItsOwnPracticesAndOnlyForItself() {
    assertThatThrownBy(() -> submit(u1Head, MonitoringFixtures.report("pc", "U1", "2026-Q1", null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> submit(u1Head, MonitoringFixtures.report("pc", "U2", "2026-Q1", null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                submit(
                    f.u1(Role.COUNTER_CLERK),
                    MonitoringFixtures.report("pa", "U1", "2026-Q1", null)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(
            submit(f.u2Officer, MonitoringFixtures.report("pb", "U2", "2026-Q1", null)).onBehalf())
        .isFalse();
    ProgressReport onBehalf = submit(qo, MonitoringFixtures.report("pc", "U2", "2026-Q1", null));
    assertThat(onBehalf.onBehalf()).isTrue();
    assertThat(reports.history(qo, f.plan.id(), onBehalf.id()).get(0).onBehalf()).isTrue();
  }

  @Test
  void figuresAreNumbersForThePracticesOwnIndicatorsAndLinksAreWebAddresses() {
    Submission bad =
        new Submission(
            "pa",
            "U1",
            "2026-Q1",
            null,
            " ",
            Map.of("ia", "十二", "zz", "3"),
            List.of("javascript:alert(1)", ""),
            List.of(),
            null);
    assertThatThrownBy(() -> submit(u1Head, bad))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactlyInAnyOrder(
                        "status", "narrative", "figures[ia]", "figures", "links[0]"));
    assertThat(reports.reports(qo, f.plan.id())).isEmpty();
    ProgressReport ok =
        submit(
            u1Head,
            new Submission(
                "pa",
                "U1",
                "2026-Q1",
                ProgressStatus.ON_TRACK,
                "已稽催",
                Map.of("ia", "1,200.50"),
                List.of(),
                List.of(),
                null));
    assertThat(ok.figures()).containsEntry("ia", new BigDecimal("1200.5"));
  }

  @Test
  void aReturnedReportIsSubmittedAgainAndTheEarlierTextAndCommentsAreKept() {
    ProgressReport first = submit(u1Head, MonitoringFixtures.report("pa", "U1", "2026-Q1", null));
    assertThatThrownBy(() -> review(first, Decision.RETURN, " ")).isInstanceOf(InvalidFields.class);
    assertThatThrownBy(
            () ->
                tx.execute(
                    t ->
                        reports.review(
                            u1Head,
                            f.plan.id(),
                            first.id(),
                            first.version(),
                            Decision.ACCEPT,
                            null)))
        .isInstanceOf(ForbiddenException.class);
    clock.moveTo("2026-04-02");
    ProgressReport returned = review(first, Decision.RETURN, "請補充辦理場次");
    assertThat(returned.reviewState()).isEqualTo(ReviewState.RETURNED);
    assertThat(returned.reviewComment()).isEqualTo("請補充辦理場次");
    assertThatThrownBy(
            () -> submit(u1Head, MonitoringFixtures.report("pa", "U1", "2026-Q1", first.version())))
        .isInstanceOf(ConflictException.class);
    ProgressReport again =
        submit(
            u1Head,
            new Submission(
                "pa",
                "U1",
                "2026-Q1",
                ProgressStatus.DONE,
                "共辦理3場",
                Map.of(),
                List.of(),
                List.of(),
                returned.version()));
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.reviewState()).isEqualTo(ReviewState.SUBMITTED);
    assertThat(again.reviewComment()).isNull();
    List<ProgressEntry> history = reports.history(qo, f.plan.id(), first.id());
    assertThat(history)
        .extracting(ProgressEntry::action)
        .containsExactly(
            ProgressEntry.Action.SUBMIT,
            ProgressEntry.Action.RETURN,
            ProgressEntry.Action.RESUBMIT);
    assertThat(history.get(0).narrative()).isEqualTo("已完成第一季教育訓練");
    assertThat(history.get(1).comment()).isEqualTo("請補充辦理場次");
    assertThat(history.get(2).narrative()).isEqualTo("共辦理3場");
  }

  @Test
  void anAcceptedReportIsFinalUntilTheQualityOfficerReopensItWithAReason() {
    ProgressReport first = submit(u1Head, MonitoringFixtures.report("pa", "U1", "2026-Q1", null));
    ProgressReport accepted = review(first, Decision.ACCEPT, null);
    assertThat(accepted.reviewState()).isEqualTo(ReviewState.ACCEPTED);
    assertThatThrownBy(
            () ->
                submit(
                    u1Head, MonitoringFixtures.report("pa", "U1", "2026-Q1", accepted.version())))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> review(accepted, Decision.RETURN, "晚了"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> review(accepted, Decision.REOPEN, ""))
        .isInstanceOf(InvalidFields.class);
    ProgressReport reopened = review(accepted, Decision.REOPEN, "數據誤植，請更正");
    assertThat(reopened.reviewState()).isEqualTo(ReviewState.RETURNED);
    assertThat(
            submit(u1Head, MonitoringFixtures.report("pa", "U1", "2026-Q1", reopened.version()))
                .reviewState())
        .isEqualTo(ReviewState.SUBMITTED);
    assertThat(reports.history(qo, f.plan.id(), first.id()))
        .extracting(ProgressEntry::action)
        .containsExactly(
            ProgressEntry.Action.SUBMIT,
            ProgressEntry.Action.ACCEPT,
            ProgressEntry.Action.REOPEN,
            ProgressEntry.Action.RESUBMIT);
  }

  @Test
  void afterThePeriodEndsExactlyTheMissingPairsAreListedIncludingEveryUnitOfAnAllUnitsPractice() {
    ProgressChasing chasing = MonitoringFixtures.chasing(context, clock);
    ReportingPeriod q1 = ReportingPeriod.parse("2026-Q1");
    submit(u1Head, MonitoringFixtures.report("pa", "U1", "2026-Q1", null));
    ProgressReport u2 = submit(f.u2Head, MonitoringFixtures.report("pb", "U2", "2026-Q1", null));
    review(u2, Decision.RETURN, "請補佐證");
    clock.moveTo("2026-03-31");
    assertThat(chasing.unreported(qo, f.plan.id(), q1)).as("not ended yet").isEmpty();
    clock.moveTo("2026-04-01");
    assertThat(chasing.unreported(qo, f.plan.id(), q1))
        .extracting(m -> m.practice().id() + "/" + m.unitCode())
        .containsExactly("pb/U1", "pb/U2", "pc/U2");
  }

  @Test
  void chasingTellsTheUnitHeadsOncePerPracticeUnitAndPeriod() {
    ProgressChasing chasing = MonitoringFixtures.chasing(context, clock);
    ReportingPeriod q1 = ReportingPeriod.parse("2026-Q1");
    submit(u1Head, MonitoringFixtures.report("pa", "U1", "2026-Q1", null));
    clock.moveTo("2026-04-01");
    assertThatThrownBy(() -> tx.execute(t -> chasing.chase(u1Head, f.plan.id(), q1)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(inTx(() -> chasing.chase(qo, f.plan.id(), q1))).isEqualTo(3);
    assertThat(inTx(() -> chasing.chase(qo, f.plan.id(), q1))).isZero();
    assertThat(
            inTx(
                () ->
                    chasing.chaseDaily(
                        f.plan.id(), clock.instant().atZone(ManualClock.TAIPEI).toLocalDate())))
        .isZero();
    assertThat(chasing.unreported(qo, f.plan.id(), q1))
        .allMatch(
            m ->
                m.chasedAt() != null && qo.getUsername().equals(m.chasedBy()) && m.notified() == 1);
    assertThat(chaseNotices(u1Head)).hasSize(1);
    assertThat(chaseNotices(f.u2Head)).hasSize(2);
    assertThat(chaseNotices(f.u2Officer)).isEmpty();
    assertThat(chaseNotices(f.u2Head).get(0).args()).startsWith("2026-Q1");
    clock.moveTo("2026-07-02");
    assertThat(
            inTx(
                () ->
                    chasing.chaseDaily(
                        f.plan.id(), clock.instant().atZone(ManualClock.TAIPEI).toLocalDate())))
        .as("Q2's four pairs")
        .isEqualTo(4);
    assertThat(chaseNotices(f.u2Head)).hasSize(4);
    clock.moveTo("2027-01-05");
    assertThat(inTx(() -> chasing.chaseDaily(f.plan.id(), java.time.LocalDate.of(2028, 1, 5))))
        .as("a plan of the year before last is not chased every morning")
        .isZero();
    assertThat(inTx(() -> chasing.chaseDaily(f.plan.id(), java.time.LocalDate.of(2027, 1, 5))))
        .as("last year's Q3 and Q4 still are")
        .isPositive();
    assertThat(chasing.plansInExecution(java.time.LocalDate.of(2027, 1, 5))).contains(f.plan.id());
    assertThat(chasing.plansInExecution(java.time.LocalDate.of(2028, 1, 5)))
        .doesNotContain(f.plan.id());
  }

  @Test
  void theDailyChaseIsARecurringTaskOnTheScheduler() {
    assertThat(
            context
                .getBean(
                    "planProgressChaseDaily",
                    com.github.kagkarlsson.scheduler.task.helper.RecurringTask.class)
                .getName())
        .isEqualTo("plan-progress-chase");
  }

  private int inTx(java.util.function.IntSupplier work) {
    return java.util.Objects.requireNonNull(tx.execute(t -> work.getAsInt()));
  }

  private List<StaffNotices.Posted> chaseNotices(StaffPrincipal staff) {
    return notices.inbox(staff.getUsername(), 50).stream()
        .filter(n -> n.kind() == StaffNoticeKind.PLAN_PROGRESS_DUE)
        .toList();
  }

  @Test
  void theProgressSourceGivesTheStandingReportsWithTheirFiguresAndTheAcceptedFlag() {
    ProgressReport pa =
        submit(
            u1Head,
            new Submission(
                "pa",
                "U1",
                "2026-Q1",
                ProgressStatus.ON_TRACK,
                "已稽催",
                Map.of("ia", "7"),
                List.of(),
                List.of(),
                null));
    review(pa, Decision.ACCEPT, null);
    submit(f.u2Head, MonitoringFixtures.report("pc", "U2", "2026-Q1", null));
    review(
        submit(f.u2Head, MonitoringFixtures.report("pb", "U2", "2026-Q1", null)),
        Decision.RETURN,
        "請補佐證");
    List<PracticeProgress> progress = context.getBean(ProgressSource.class).progressOf(f.plan.id());
    assertThat(progress)
        .extracting(
            p -> p.practiceId() + "/" + p.unitCode() + "/" + p.period() + "/" + p.accepted())
        .containsExactlyInAnyOrder("pa/U1/2026-Q1/true", "pc/U2/2026-Q1/false");
    assertThat(progress)
        .filteredOn(p -> p.practiceId().equals("pa"))
        .singleElement()
        .satisfies(p -> assertThat(p.figures()).containsEntry("ia", new BigDecimal("7")));
  }
}
