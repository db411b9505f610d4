// SPDX-License-Identifier: EUPL-1.2
/**
 * Deadlines and follow-up (期限管制與稽催): who is told, and when, that a case is due soon, due
 * today or late. This first slice holds the reminder rules as a pure function of a case, a day
 * and the office calendar ({@link tw.civicdesk.deadlines.ReminderRules}), and the daily sweep
 * that posts them as in-console notices ({@link tw.civicdesk.deadlines.ReminderSweep}); the
 * follow-up log, db-scheduler, e-mail digests and the figures come next.
 *
 * <p>Guarantees: every day count is a count of the agency's working days from {@code calendar};
 * each reminder carries an occasion key, so that posting it twice tells its recipient once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines 期限管制",
    allowedDependencies = {"calendar", "casework", "organisation", "notification"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.deadlines;
