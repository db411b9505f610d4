// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Where the units' progress reports on a plan's practices come from (管制考核); read by the indicators
 * (hand-entered figures), the overview and the year's report. Implemented by this room ({@code
 * ReportedProgress}).
 */
@NamedInterface("api")
public interface ProgressSource {

  /** Every unit's latest report on every practice of plan {@code planId}, period by period. */
  List<PracticeProgress> progressOf(long planId);
}
