// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.civicdesk.performance.evaluation.EvaluationFixtures.sheet;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * Evaluations against the real frameworks, with every total worked out by hand: the front-line
 * award out of 1,000 and the 政府服務獎 structure with equal weights.
 */
@IntegrationTest
class EvaluationsTests {

  @Autowired ApplicationContext context;
  @Autowired Evaluations evaluations;

  Setup province;
  Setup county;
  Setup township;
  Setup otherCounty;
  EvaluationFixtures fixtures;

  @BeforeEach
  void agencies() {
    TestOrganisation org = TestOrganisation.from(context);
    province = org.agency("EPROV", null);
    county = org.agency("ECOUNTY", province.code());
    township = org.agency("ETOWN", county.code());
    otherCounty = org.agency("EOTHER", null);
    fixtures = new EvaluationFixtures(context);
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aFullSetOfFrontLineScoresAddsUpPerDimensionAndToTheTotalOf1000() {
    Plan plan = fixtures.approvedPlan(township, 2026, "SQA-FRONTLINE");
    evaluations.open(township.as(Role.QUALITY_OFFICER), plan.id(), null);
    evaluations.score(
        township.as(Role.QUALITY_OFFICER),
        plan.id(),
        sheet("01.01", 180, "01.02", 90, "01.03", 80, "02.01", 85, "02.02", 170, "03.01", 250));
    evaluations.score(
        county.as(Role.QUALITY_OFFICER),
        plan.id(),
        sheet("01.01", 170, "01.02", 80, "01.03", 75, "02.01", 80, "02.02", 150, "03.01", 200));
    Scorecard card =
        evaluations.score(
            province.as(Role.QUALITY_OFFICER),
            plan.id(),
            sheet("01.01", 181, "01.02", 85, "01.03", 70, "02.01", 90, "02.02", 160, "03.01", 211));

    assertThat(card.pointsBased()).isTrue();
    assertThat(card.scale()).isEqualByComparingTo("1000");
    Map<String, Scorecard.Result> byPath = byPath(card);
    // self: 180 + 90 + 80 = 350; 85 + 170 = 255; 250; overall 855
    assertThat(byPath.get("01").self()).isEqualByComparingTo("350");
    assertThat(byPath.get("02").self()).isEqualByComparingTo("255");
    assertThat(byPath.get("03").self()).isEqualByComparingTo("250");
    assertThat(card.overall().self()).isEqualByComparingTo("855");
    // review = mean of county and province: 175.5, 82.5, 72.5 | 85, 155 | 205.5
    assertThat(byPath.get("01.01").review()).isEqualByComparingTo("175.50");
    assertThat(byPath.get("01").review()).isEqualByComparingTo("330.50");
    assertThat(byPath.get("02").review()).isEqualByComparingTo("240");
    assertThat(byPath.get("03").review()).isEqualByComparingTo("205.50");
    assertThat(card.overall().review()).isEqualByComparingTo("776.00");
    assertThat(card.lines())
        .filteredOn(l -> !l.item())
        .extracting(l -> l.max().intValue())
        .containsExactly(400, 300, 300);
    assertThat(card.complete(ScoreKind.SELF)).isTrue();
    assertThat(card.scoresOf("01.01", ScoreKind.REVIEW)).hasSize(2);
  }

  @Test
  void withoutPointsItemsAreOutOf100AndEverySiblingWeighsTheSame() {
    Plan plan = fixtures.approvedPlan(township, 2026, "GSA-OVERALL");
    evaluations.open(county.as(Role.QUALITY_OFFICER), plan.id(), null);
    Scorecard card =
        evaluations.score(
            county.as(Role.QUALITY_OFFICER),
            plan.id(),
            sheet(
                "01.01", 80, "01.02", 90, "02.01", 70, "02.02", 80, "02.03", 90, "03.01", 60,
                "03.02", 70, "04.01", 100, "04.02", 90, "05.01", 75, "05.02", 85));
    Map<String, Scorecard.Result> byPath = byPath(card);
    assertThat(card.pointsBased()).isFalse();
    assertThat(card.scale()).isEqualByComparingTo("100");
    assertThat(byPath.get("01").review()).isEqualByComparingTo("85");
    assertThat(byPath.get("02").review()).isEqualByComparingTo("80");
    assertThat(byPath.get("03").review()).isEqualByComparingTo("65");
    assertThat(byPath.get("04").review()).isEqualByComparingTo("95");
    // (85 + 80 + 65 + 95 + 80) / 5
    assertThat(card.overall().review()).isEqualByComparingTo("81.00");
    assertThat(card.overall().self()).isNull();
  }

  @Test
  void aScoreAboveTheItemsPointsIsRefusedOnItsFieldAndNothingIsStored() {
    Plan plan = fixtures.approvedPlan(township, 2026, "SQA-FRONTLINE");
    evaluations.open(township.as(Role.QUALITY_OFFICER), plan.id(), null);
    assertThatThrownBy(
            () ->
                evaluations.score(
                    township.as(Role.QUALITY_OFFICER),
                    plan.id(),
                    sheet("01.01", 150, "01.02", "100.5", "03.01", "-1", "09.09", 1)))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidFields.FieldProblem::field)
                    .containsExactly("scores[01.02]", "scores[03.01]", "scores[09.09]"));
    assertThat(
            evaluations.scorecard(township.as(Role.CASE_OFFICER), plan.id()).orElseThrow().scores())
        .isEmpty();
  }

  @Test
  void aFinalEvaluationNoLongerChangesAndOnlyTheReviewerFinalisesIt() {
    Plan plan = fixtures.approvedPlan(township, 2026, "SQA-FRONTLINE");
    Evaluation opened = evaluations.open(township.as(Role.QUALITY_OFFICER), plan.id(), null);
    evaluations.score(township.as(Role.QUALITY_OFFICER), plan.id(), sheet("01.01", 100));
    assertThatThrownBy(
            () ->
                evaluations.finalise(
                    township.as(Role.QUALITY_OFFICER), plan.id(), opened.version() + 1))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                evaluations.finalise(county.as(Role.QUALITY_OFFICER), plan.id(), opened.version()))
        .as("stale version")
        .isInstanceOf(ConflictException.class);
    Evaluation last = evaluations.find(county.as(Role.QUALITY_OFFICER), plan.id()).orElseThrow();
    Evaluation done =
        evaluations.finalise(county.as(Role.QUALITY_OFFICER), plan.id(), last.version());
    assertThat(done.status()).isEqualTo(EvaluationStatus.FINAL);
    assertThat(done.finalisedBy()).isEqualTo(county.username(Role.QUALITY_OFFICER));
    assertThatThrownBy(
            () ->
                evaluations.score(
                    township.as(Role.QUALITY_OFFICER), plan.id(), sheet("01.01", 120)))
        .isInstanceOf(ConflictException.class);
    assertThat(
            evaluations
                .scorecard(county.as(Role.QUALITY_OFFICER), plan.id())
                .orElseThrow()
                .scoresOf("01.01", ScoreKind.SELF))
        .extracting(s -> s.score().intValue())
        .containsExactly(100);
  }

  @Test
  void aReviewerOfAnotherCountyFindsNothingAndStaffWithoutTheRoleMayNotScore() {
    Plan plan = fixtures.approvedPlan(township, 2026, "SQA-FRONTLINE");
    assertThatThrownBy(
            () -> evaluations.open(otherCounty.as(Role.QUALITY_OFFICER), plan.id(), null))
        .isInstanceOf(NotFoundException.class);
    evaluations.open(county.as(Role.QUALITY_OFFICER), plan.id(), null);
    assertThatThrownBy(
            () ->
                evaluations.score(
                    otherCounty.as(Role.QUALITY_OFFICER), plan.id(), sheet("01.01", 100)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> evaluations.scorecard(otherCounty.as(Role.QUALITY_OFFICER), plan.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> evaluations.score(township.as(Role.CASE_OFFICER), plan.id(), sheet("01.01", 100)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(evaluations.kindFor(county.as(Role.QUALITY_OFFICER), plan))
        .contains(ScoreKind.REVIEW);
    assertThat(evaluations.kindFor(township.as(Role.QUALITY_OFFICER), plan))
        .contains(ScoreKind.SELF);
  }

  @Test
  void lastYearsFinalResultOfTheSameFrameworkStandsBesideThisYears() {
    Plan before = fixtures.approvedPlan(township, 2025, "SQA-FRONTLINE");
    evaluations.open(county.as(Role.QUALITY_OFFICER), before.id(), null);
    evaluations.score(township.as(Role.QUALITY_OFFICER), before.id(), sheet("01.01", 199));
    evaluations.score(
        county.as(Role.QUALITY_OFFICER), before.id(), sheet("01.01", 160, "03.01", 240));
    Plan plan = fixtures.approvedPlan(township, 2026, "SQA-FRONTLINE");
    evaluations.open(county.as(Role.QUALITY_OFFICER), plan.id(), null);
    Scorecard open =
        evaluations.scorecard(county.as(Role.QUALITY_OFFICER), plan.id()).orElseThrow();
    assertThat(open.lastYear()).as("last year's evaluation is not final yet").isNull();
    int version =
        evaluations.find(county.as(Role.QUALITY_OFFICER), before.id()).orElseThrow().version();
    evaluations.finalise(county.as(Role.QUALITY_OFFICER), before.id(), version);

    Scorecard card =
        evaluations.scorecard(township.as(Role.QUALITY_OFFICER), plan.id()).orElseThrow();
    assertThat(card.lastYear()).isEqualTo(2025);
    assertThat(byPath(card).get("01.01").lastYear())
        .as("the review, not the self-assessment")
        .isEqualByComparingTo("160");
    assertThat(byPath(card).get("02").lastYear()).isNull();
    assertThat(card.overall().lastYear()).isEqualByComparingTo("400");
    assertThat(evaluations.finalTotal(township.code().value(), 2025))
        .get()
        .satisfies(t -> assertThat(t).isEqualByComparingTo("400"));
  }

  @Test
  void aPlanWithItsOwnHeadingsIsEvaluatedAgainstAFrameworkChosenOnOpening() {
    Plan plan = fixtures.approvedPlan(township, 2026, null);
    assertThatThrownBy(() -> evaluations.open(township.as(Role.QUALITY_OFFICER), plan.id(), ""))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidFields.FieldProblem::field)
                    .containsExactly("framework"));
    Evaluation opened =
        evaluations.open(township.as(Role.QUALITY_OFFICER), plan.id(), "GSA-OVERALL");
    assertThat(opened.frameworkCode()).isEqualTo("GSA-OVERALL");
    assertThat(opened.status()).isEqualTo(EvaluationStatus.OPEN);
  }

  static Map<String, Scorecard.Result> byPath(Scorecard card) {
    Map<String, Scorecard.Result> map = new java.util.HashMap<>();
    card.lines().forEach(l -> map.put(l.node().path(), l.result()));
    return map;
  }
}
