// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance;

import java.util.List;

/**
 * Where the units' progress reports on a plan's practices come from (管制考核); read by the
 * indicators (hand-entered figures) and the year's report. Implemented by the monitoring part of
 * this module.
 */
public interface ProgressSource {

  /** Every unit's latest report on every practice of plan {@code planId}, period by period. */
  List<PracticeProgress> progressOf(long planId);
}
