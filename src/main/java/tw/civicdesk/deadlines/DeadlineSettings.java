// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.CronOrOff;

/**
 * Settings of the reminder sweep and the daily digest; published so that the dashboard's "due soon"
 * is the reminders' (the default closure policy under this prefix is organisation's).
 *
 * @param sweepCron {@code civicdesk.deadlines.sweep-cron}: when the reminder sweep runs, a cron
 *     expression in Taiwan time (default {@code 0 30 7 * * MON-FRI}); {@code -} turns it off
 * @param sweepParts {@code civicdesk.deadlines.sweep-parts}: how many parts a day's sweep is split
 *     into, run side by side (default 4)
 * @param dueSoonWorkingDays {@code civicdesk.deadlines.due-soon-working-days}: how many working
 *     days before its due date a case is "due soon" (default 2)
 * @param escalateAfterWorkingDays {@code civicdesk.deadlines.escalate-after-working-days}: late
 *     working days after which the unit head is told too (default 1)
 * @param digestMail {@code civicdesk.deadlines.digest-mail}: whether staff with an e-mail address
 *     get the reminders and the daily digest by e-mail as well as in the console (default true)
 */
@ConfigurationProperties("civicdesk.deadlines")
@Validated
public record DeadlineSettings(
    @DefaultValue("0 30 7 * * MON-FRI") @NotBlank @CronOrOff String sweepCron,
    @DefaultValue("4") @Positive int sweepParts,
    @DefaultValue("2") @PositiveOrZero int dueSoonWorkingDays,
    @DefaultValue("1") @Positive int escalateAfterWorkingDays,
    @DefaultValue("true") boolean digestMail) {

  /** The reminder policy with these day counts and the default severity and unassigned rules. */
  ReminderPolicy policy() {
    return new ReminderPolicy(
        dueSoonWorkingDays,
        escalateAfterWorkingDays,
        ReminderPolicy.DEFAULT.severeFactor(),
        ReminderPolicy.DEFAULT.unassignedWorkingDays());
  }
}
