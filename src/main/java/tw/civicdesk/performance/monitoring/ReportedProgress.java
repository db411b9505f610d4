// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units' progress as the indicators and the year's report read it: for every practice, unit and
 * period the current report if it stands — submitted or accepted — with {@code accepted} set once
 * the quality officer accepted it. A report returned for correction is left out until it is
 * submitted again, so that figures the officer sent back are not counted.
 */
@Service
class ReportedProgress implements ProgressSource {

  private final ProgressStore store;

  ReportedProgress(ProgressStore store) {
    this.store = store;
  }

  @Override
  @Transactional(readOnly = true)
  public List<PracticeProgress> progressOf(long planId) {
    return store.ofPlan(planId).stream()
        .filter(r -> r.reviewState() != ReviewState.RETURNED)
        .map(ProgressReport::progress)
        .toList();
  }
}
