// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;

/**
 * Keeps the followers of a facility report ("me too", {@link ReportFollowers}) with the report:
 * when it is merged into another or transferred, its waiting followers move to that case in the
 * step's transaction. Telling them that it was fixed is notification's ({@code
 * notification.FollowerNotices}).
 */
@Component
class FollowerMoves {

  private final ReportFollowers followers;

  FollowerMoves(ReportFollowers followers) {
    this.followers = followers;
  }

  @EventListener
  void onStep(CaseEvents.CaseStepTaken step) {
    if (step.kind() != CaseKind.FACILITY_REPORT) {
      return;
    }
    CaseNumber moved =
        switch (step.action()) {
          case MERGE -> step.links().mergedInto();
          case TRANSFER -> step.links().transferredTo();
          default -> null;
        };
    if (moved != null) {
      followers.move(step.number(), moved);
    }
  }
}
