// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.ManualClock;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.monitoring.SpotChecks.ActionInput;
import tw.civicdesk.performance.monitoring.SpotChecks.NewCheck;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/** Spot checks (平時查核) close only when every follow-up action is done. */
@IntegrationTest
class SpotCheckTests {

  @Autowired ApplicationContext context;

  ManualClock clock;
  MonitoringFixtures f;
  SpotChecks checks;
  StaffPrincipal qo;

  @BeforeEach
  void planInExecution() {
    clock = ManualClock.on("2026-05-04");
    f = MonitoringFixtures.create(context, "SPOT", null, 2026);
    checks = MonitoringFixtures.spotChecks(context, clock);
    qo = f.u1(Role.QUALITY_OFFICER);
  }

  @Test
  void aCheckWithFollowUpsClosesWhenTheLastOneIsDoneByItsUnit() {
    SpotCheck check =
        checks.record(
            qo,
            f.plan.id(),
            new NewCheck(
                "2026-05-04",
                "lin",
                "櫃台未張貼服務時間",
                "pb",
                null,
                true,
                List.of(
                    new ActionInput("張貼服務時間", "U1", "2026-05-15"),
                    new ActionInput("", "", ""),
                    new ActionInput("更新網站資訊", "U2", "2026-05-31"))));
    assertThat(check.state()).isEqualTo(SpotCheck.State.OPEN);
    assertThat(check.followUps()).extracting(SpotCheck.FollowUp::seq).containsExactly(1, 2);
    assertThatThrownBy(
            () ->
                checks.followUpDone(
                    f.u1(Role.UNIT_HEAD), f.plan.id(), check.id(), 2, check.version(), "已更新"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                checks.followUpDone(
                    f.u1(Role.UNIT_HEAD), f.plan.id(), check.id(), 1, check.version(), " "))
        .isInstanceOf(InvalidFields.class);
    clock.moveTo("2026-05-12");
    SpotCheck half =
        checks.followUpDone(
            f.u1(Role.CASE_OFFICER), f.plan.id(), check.id(), 1, check.version(), "已張貼");
    assertThat(half.state()).isEqualTo(SpotCheck.State.OPEN);
    assertThat(half.followUps().get(0).done()).isTrue();
    assertThat(half.followUps().get(0).note()).isEqualTo("已張貼");
    assertThatThrownBy(
            () ->
                checks.followUpDone(
                    f.u1(Role.UNIT_HEAD), f.plan.id(), check.id(), 1, half.version(), "再一次"))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () -> checks.followUpDone(f.u2Head, f.plan.id(), check.id(), 2, check.version(), "已更新"))
        .isInstanceOf(ConflictException.class);
    SpotCheck closed =
        checks.followUpDone(f.u2Head, f.plan.id(), check.id(), 2, half.version(), "已更新");
    assertThat(closed.state()).isEqualTo(SpotCheck.State.CLOSED);
    assertThat(closed.closedAt()).isEqualTo(clock.instant());
  }

  @Test
  void aCheckWithoutFollowUpIsClosedWhenRecorded() {
    SpotCheck check =
        checks.record(
            qo,
            f.plan.id(),
            new NewCheck("2026-05-04", "lin", "符合規定", null, "U2", false, List.of()));
    assertThat(check.state()).isEqualTo(SpotCheck.State.CLOSED);
    assertThat(checks.checks(f.u2Officer, f.plan.id()))
        .extracting(SpotCheck::id)
        .containsExactly(check.id());
  }

  @Test
  void onlyTheQualityOfficerRecordsAndBadInputIsRefusedFieldByField() {
    assertThatThrownBy(
            () ->
                checks.record(
                    f.u1(Role.UNIT_HEAD),
                    f.plan.id(),
                    new NewCheck("2026-05-04", "lin", "符合", null, null, false, List.of())))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                checks.record(
                    qo,
                    f.plan.id(),
                    new NewCheck(
                        "2026-05-05",
                        "",
                        "",
                        "nope",
                        "U9",
                        true,
                        List.of(new ActionInput("x", "U9", "明天")))))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactlyInAnyOrder(
                        "checkedOn",
                        "checker",
                        "findings",
                        "practiceId",
                        "unitCode",
                        "actions[0].unitCode",
                        "actions[0].dueOn"));
    assertThatThrownBy(
            () ->
                checks.record(
                    qo,
                    f.plan.id(),
                    new NewCheck(
                        "2026-05-04",
                        "lin",
                        "需改善",
                        null,
                        null,
                        true,
                        List.of(new ActionInput(" ", null, null)))))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("actions"));
    assertThat(checks.checks(qo, f.plan.id())).isEmpty();
  }
}
