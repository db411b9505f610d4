// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation.Setup;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanAction;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.PlansTests;

/** Plans approved for evaluation, and score sheets, for the evaluation and report tests. */
public final class EvaluationFixtures {

  /** The SQA-FRONTLINE items with their points, in framework order. */
  public static final Map<String, Integer> SQA_ITEMS =
      Map.of("01.01", 200, "01.02", 100, "01.03", 100, "02.01", 100, "02.02", 200, "03.01", 300);

  private final Plans plans;

  public EvaluationFixtures(ApplicationContext context) {
    this.plans = context.getBean(Plans.class);
  }

  /**
   * An approved plan of {@code agency} for {@code year} following {@code framework} (or its own
   * headings when {@code null}), with two practices under item 服務流程 (01.01).
   */
  public Plan approvedPlan(Setup agency, int year, @Nullable String framework) {
    Plan plan =
        plans.create(
            agency.as(Role.QUALITY_OFFICER),
            new Plans.NewPlan(
                agency.code().value(),
                year,
                PlanKind.PLAN,
                (year - 1911) + "年度提升服務品質執行計畫",
                framework,
                PlansTests.content("定期辦理公文稽催管制")));
    return plans.take(
        agency.as(Role.AGENCY_HEAD),
        plan.id(),
        plan.version(),
        PlanAction.APPROVE,
        "府計研字第1150000001號");
  }

  /** Scores for items {@code path, score, path, score …}, without comments. */
  public static Map<String, Evaluations.Entry> sheet(Object... pathsAndScores) {
    Map<String, Evaluations.Entry> sheet = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndScores.length; i += 2) {
      sheet.put(
          (String) pathsAndScores[i],
          new Evaluations.Entry(new BigDecimal(pathsAndScores[i + 1].toString()), null));
    }
    return sheet;
  }
}
