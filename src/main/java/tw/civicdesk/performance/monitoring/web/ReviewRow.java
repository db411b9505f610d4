// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.performance.monitoring.EvidenceFile;
import tw.civicdesk.performance.monitoring.ProgressEntry;
import tw.civicdesk.performance.monitoring.ProgressReport;
import tw.civicdesk.performance.plans.Practice;

/**
 * A report on the review page with its practice, history and files; {@code comment} and {@code
 * errors} are what was just posted on it when the decision was refused.
 */
public record ReviewRow(
    ProgressReport report,
    Practice practice,
    List<ProgressEntry> history,
    List<EvidenceFile> files,
    String comment,
    Map<String, String> errors) {

  /** The id prefix of the row's form elements. */
  public String id() {
    return "r" + report.id();
  }

  public @Nullable String error(String field) {
    return errors.get(field);
  }
}
