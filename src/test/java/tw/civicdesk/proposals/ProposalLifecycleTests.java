// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.proposals.ProposalCommands.Decide;
import tw.civicdesk.proposals.ProposalCommands.Progress;
import tw.civicdesk.proposals.ProposalLifecycle.StepRefused;
import tw.civicdesk.proposals.ProposalViews.MilestoneStatus;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * The lifecycle of a proposal: every move of the transition table is taken and every other one
 * refused; a decision needs reasons, publishing an adoption, implementing an assigned adoption; a
 * stale version is 409; each panel member scores once; every step leaves an audit row.
 */
@IntegrationTest
class ProposalLifecycleTests {

  @Autowired ApplicationContext context;
  @Autowired Proposals proposals;
  @Autowired JdbcClient jdbc;

  @Test
  void theTableAllowsExactlyTheDocumentedMoves() {
    Map<ProposalStep, EnumSet<ProposalStatus>> allowed =
        Map.of(
            ProposalStep.SCORE, EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW),
            ProposalStep.ADOPT, EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW),
            ProposalStep.ADOPT_IN_PART,
                EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW),
            ProposalStep.NOT_ADOPT,
                EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW),
            ProposalStep.ASSIGN, EnumSet.of(ProposalStatus.ADOPTED, ProposalStatus.ADOPTED_IN_PART),
            ProposalStep.REPORT, EnumSet.of(ProposalStatus.ADOPTED, ProposalStatus.ADOPTED_IN_PART),
            ProposalStep.IMPLEMENT,
                EnumSet.of(ProposalStatus.ADOPTED, ProposalStatus.ADOPTED_IN_PART),
            ProposalStep.PUBLISH,
                EnumSet.of(
                    ProposalStatus.ADOPTED,
                    ProposalStatus.ADOPTED_IN_PART,
                    ProposalStatus.IMPLEMENTED),
            ProposalStep.UNPUBLISH,
                EnumSet.of(
                    ProposalStatus.ADOPTED,
                    ProposalStatus.ADOPTED_IN_PART,
                    ProposalStatus.IMPLEMENTED));
    int refused = 0;
    for (ProposalStep step : ProposalStep.values()) {
      for (ProposalStatus status : ProposalStatus.values()) {
        boolean expected = allowed.get(step).contains(status);
        assertThat(ProposalLifecycle.allows(status, step))
            .as(step + " from " + status)
            .isEqualTo(expected);
        if (!expected) {
          refused++;
          assertThatThrownBy(() -> ProposalLifecycle.next(status, step))
              .isInstanceOf(StepRefused.class);
        }
      }
    }
    assertThat(refused).isEqualTo(9 * 6 - (4 * 2 + 3 * 2 + 2 * 3));
  }

  @Test
  void aProposalGoesFromSubmittedThroughReviewAdoptionAndMilestonesToImplementedAndPublished() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRL", null);
    ProposalFixtures f = ProposalFixtures.of(context, agency);
    f.panel();
    Proposal p = f.submitted("線上預約換證");
    assertThat(p.number().value()).matches(agency.code().value() + "-P-\\d{4}-001");
    assertThat(p.status()).isEqualTo(ProposalStatus.SUBMITTED);
    p = f.scored(p, 80);
    assertThat(p.status()).isEqualTo(ProposalStatus.UNDER_REVIEW);
    Proposal scoredTwice = p;
    assertThatThrownBy(() -> f.scored(scoredTwice, 90))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("proposals.already-scored");
    p = f.decided(p, ProposalStatus.ADOPTED_IN_PART);
    assertThat(p.status()).isEqualTo(ProposalStatus.ADOPTED_IN_PART);
    assertThat(p.decision()).isEqualTo(ProposalStatus.ADOPTED_IN_PART);
    assertThat(p.reasons()).isEqualTo("理由充分");
    p = f.assigned(p, LocalDate.of(2026, 11, 30));
    var milestones = f.reads().forStaff(f.officer(), p.number()).milestones();
    assertThat(milestones).hasSize(2);
    p =
        proposals.report(
            agency.as(Role.UNIT_HEAD),
            p.number(),
            p.version(),
            new Progress(milestones.get(0).id(), MilestoneStatus.DONE, 40, "已完成規劃"));
    var staff = f.reads().forStaff(f.officer(), p.number());
    assertThat(staff.milestones().get(0).percent()).isEqualTo(100);
    assertThat(staff.progress()).isEqualTo(50);
    p = f.published(f.implemented(p));
    assertThat(p.status()).isEqualTo(ProposalStatus.IMPLEMENTED);
    assertThat(p.published()).isTrue();
    assertThat(f.reads().forStaff(f.officer(), p.number()).progress()).isEqualTo(100);
    assertThat(
            jdbc.sql("select detail from audit_log where subject_id = ? order by id")
                .param(p.number().value())
                .query(String.class)
                .list())
        .containsExactly(
            "submitted;origin=STAFF",
            "scored;total=80.0",
            "decided;decision=ADOPTED_IN_PART",
            "assigned;unit=" + agency.unit().id() + ";milestones=2",
            "progress;milestone=" + milestones.get(0).id() + ";status=DONE;percent=100",
            "implemented",
            "published");
  }

  @Test
  void refusedStepsChangeNothing() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRR", null);
    ProposalFixtures f = ProposalFixtures.of(context, agency);
    Proposal p = f.submitted("公文減量");
    Proposal fresh = p;
    assertThatThrownBy(
            () ->
                proposals.decide(
                    f.officer(),
                    fresh.number(),
                    fresh.version(),
                    new Decide(ProposalStatus.ADOPTED, "  ")))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e -> assertThat(e.problems()).extracting(pr -> pr.field()).containsExactly("reasons"));
    assertThatThrownBy(() -> f.published(fresh)).isInstanceOf(StepRefused.class);
    assertThatThrownBy(() -> f.implemented(fresh)).isInstanceOf(StepRefused.class);
    assertThatThrownBy(() -> f.assigned(fresh, LocalDate.of(2026, 12, 1)))
        .isInstanceOf(StepRefused.class);
    assertThatThrownBy(
            () ->
                proposals.decide(
                    agency.as(Role.CASE_OFFICER),
                    fresh.number(),
                    fresh.version(),
                    new Decide(ProposalStatus.ADOPTED, "好")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> f.scored(fresh, 50))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("proposals.not-on-panel");
    assertThat(f.reads().find(p.number()).version()).isEqualTo(p.version());
    Proposal adopted = f.decided(p, ProposalStatus.ADOPTED);
    assertThatThrownBy(() -> f.decided(fresh, ProposalStatus.NOT_ADOPTED))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> f.decided(adopted, ProposalStatus.NOT_ADOPTED))
        .isInstanceOf(StepRefused.class);
    assertThatThrownBy(() -> f.implemented(adopted))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("proposals.not-assigned");
    Proposal rejected = f.decided(f.submitted("不採行者"), ProposalStatus.NOT_ADOPTED);
    assertThatThrownBy(() -> f.published(rejected)).isInstanceOf(StepRefused.class);
    assertThat(
            jdbc.sql("select count(*) from audit_log where subject_id = ?")
                .param(p.number().value())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aStaleVersionIsRefusedWith409AndTheFirstWriteStands() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("PRV", null);
    ProposalFixtures f = ProposalFixtures.of(context, agency);
    Proposal p = f.decided(f.submitted("排隊叫號"), ProposalStatus.ADOPTED);
    f.assigned(p, LocalDate.of(2026, 12, 1));
    assertThatThrownBy(() -> f.published(p))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("proposals.changed");
    assertThat(f.reads().find(p.number()).published()).isFalse();
    assertThat(f.reads().list(f.officer(), agency.code())).hasSize(1);
    assertThat(List.of(p.number().value()))
        .allMatch(n -> n.startsWith(agency.code().value() + "-P-"));
  }
}
