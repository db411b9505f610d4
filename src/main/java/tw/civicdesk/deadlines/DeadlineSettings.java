// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadline settings the sweep and the digest share.
 *
 * <ul>
 *   <li>{@code civicdesk.deadlines.due-soon-working-days} (2): how early "due soon" comes;
 *   <li>{@code civicdesk.deadlines.escalate-after-working-days} (1): late working days after
 *       which the unit head is told too;
 *   <li>{@code civicdesk.deadlines.digest-mail} (true): whether staff with an e-mail address get
 *       the reminders and the daily digest by e-mail as well as in the console.
 * </ul>
 */
@Component
class DeadlineSettings {

  private final ReminderPolicy policy;
  private final boolean mailCopies;

  DeadlineSettings(@Value("${civicdesk.deadlines.due-soon-working-days:2}") int dueSoon,
      @Value("${civicdesk.deadlines.escalate-after-working-days:1}") int escalateAfter,
      @Value("${civicdesk.deadlines.digest-mail:true}") boolean mailCopies) {
    this.policy = new ReminderPolicy(dueSoon, escalateAfter,
        ReminderPolicy.DEFAULT.severeFactor(), ReminderPolicy.DEFAULT.unassignedWorkingDays());
    this.mailCopies = mailCopies;
  }

  /** The reminder policy with these day counts and the default severity and unassigned rules. */
  ReminderPolicy policy() {
    return policy;
  }

  /** Whether reminders and digests go by e-mail too, to staff with an address. */
  boolean mailCopies() {
    return mailCopies;
  }
}
