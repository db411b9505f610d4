// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.Clock;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.calendar.WorkingCalendar;

/**
 * A {@link CaseEngine} on the test database that reads the time from a clock the test moves and
 * publishes its events to the application's listeners (e.g. the figures rollup). It is not a
 * transactional proxy: run its calls in a transaction, as the application's own bean does.
 */
public final class CaseWorkAt {

  private CaseWorkAt() {}

  /** Case work on the context's database, at the time of {@code clock}. */
  public static CaseEngine of(ApplicationContext context, Clock clock) {
    return new CaseEngine(context.getBean(Cases.class), context.getBean(Applicants.class),
        context.getBean(AuditLog.class), context.getBean(WorkingCalendar.class), clock,
        context, context.getBean(tw.civicdesk.organisation.Organisation.class));
  }
}
