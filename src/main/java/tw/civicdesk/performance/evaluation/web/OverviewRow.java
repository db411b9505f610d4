// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.performance.evaluation.PerformanceOverview;
import tw.civicdesk.performance.evaluation.Scorecard;

/** One agency on the overview page, numbers as text. */
record OverviewRow(
    PerformanceOverview.Row row,
    String self,
    String review,
    String lastYear,
    @Nullable String scale) {

  static OverviewRow of(PerformanceOverview.Row row) {
    Scorecard card = row.scorecard();
    return new OverviewRow(
        row,
        EvaluationController.number(card == null ? null : card.overall().self()),
        EvaluationController.number(card == null ? null : card.overall().review()),
        EvaluationController.number(row.lastYear()),
        card == null ? null : EvaluationController.number(card.scale()));
  }
}
