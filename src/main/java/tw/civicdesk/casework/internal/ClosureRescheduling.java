// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.civicdesk.calendar.AgencyClosure;
import tw.civicdesk.calendar.AgencyClosureChanged;
import tw.civicdesk.casework.CaseAction;

/**
 * When an agency's full-day closure is recorded or withdrawn, moves the stored due dates of that
 * agency's cases filed under {@link tw.civicdesk.organisation.ClosurePolicy#STOPS_CLOCK} whose
 * period the closure day falls in, each with a {@link CaseAction#RESCHEDULE} step in its history.
 *
 * <p>Contract: runs in the transaction of the closure change (a plain listener), so the closure and
 * every moved due date commit together or not at all; the cases are locked in number order first,
 * so a concurrent step on one of them waits and then fails as changed (409). Cost: one indexed
 * query for the candidates, then two reads and two writes per case that moves. Cases filed under
 * {@code NONE}, other agencies' cases, cases awaiting a supplement (no stored due date; it is
 * computed from the calendar in force when the applicant answers) and finished cases are not
 * touched.
 */
@Component
class ClosureRescheduling {

  private final Cases cases;
  private final CaseEngine work;

  ClosureRescheduling(Cases cases, CaseEngine work) {
    this.cases = cases;
    this.work = work;
  }

  @EventListener
  void onClosureChanged(AgencyClosureChanged change) {
    AgencyClosure closure = change.closure();
    String note = (change.added() ? "+ " : "− ") + closure.day() + " " + closure.reason();
    for (Cases.StoredDue c : cases.movableByClosure(closure.agency(), closure.day())) {
      work.reschedule(c.number(), c.due(), change.calendar(), note);
    }
  }
}
