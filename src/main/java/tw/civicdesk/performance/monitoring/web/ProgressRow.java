// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.performance.monitoring.EvidenceFile;
import tw.civicdesk.performance.monitoring.ProgressEntry;
import tw.civicdesk.performance.monitoring.ProgressReport;
import tw.civicdesk.performance.monitoring.ReviewState;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;

/**
 * One practice on the progress page: its current report, what the form shows (the report's values,
 * or what was just posted when it was refused) and the errors by field.
 *
 * @param index the row's position, which makes the form's element ids unique
 * @param indicators the hand-entered indicators, one number input each
 * @param links the link inputs' values: the report's links and two empty ones
 * @param errors the errors by field name; "" for the whole form
 */
public record ProgressRow(
    int index,
    Practice practice,
    List<IndicatorTarget> indicators,
    @Nullable ProgressReport report,
    List<ProgressEntry> history,
    List<EvidenceFile> files,
    @Nullable String status,
    String narrative,
    Map<String, String> figures,
    List<String> links,
    boolean editable,
    Map<String, String> errors) {

  /** Extra empty link inputs offered below the report's links. */
  static final int SPARE_LINKS = 2;

  static List<String> withSpares(List<String> links) {
    List<String> inputs = new ArrayList<>(links);
    for (int i = 0; i < SPARE_LINKS; i++) {
      inputs.add("");
    }
    return inputs;
  }

  /** The id prefix of the row's form elements. */
  public String id() {
    return "p" + index;
  }

  public boolean accepted() {
    return report != null && report.reviewState() == ReviewState.ACCEPTED;
  }

  public @Nullable String error(String field) {
    return errors.get(field);
  }
}
