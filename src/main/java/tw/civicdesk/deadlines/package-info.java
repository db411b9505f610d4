// SPDX-License-Identifier: EUPL-1.2
/**
 * Deadlines and follow-up (期限管制與稽催): who is told, and when, that a case is due soon, due today or
 * late. It holds the reminder rules as a pure function of a case, a day and the office calendar
 * ({@link tw.civicdesk.deadlines.ReminderRules}); the daily sweep that posts them as in-console
 * notices ({@link tw.civicdesk.deadlines.ReminderSweep}), in parts that every node shares, and the
 * daily digest (每日摘要) per officer and unit head ({@link tw.civicdesk.deadlines.DailyDigest}), both
 * on db-scheduler ({@link tw.civicdesk.deadlines.ReminderScheduling}) and copied by e-mail to staff
 * with an address unless {@code civicdesk.deadlines.digest-mail} is off; and the notices of the
 * follow-up log (稽催紀錄: follow-ups and their answers are case steps, see {@link
 * tw.civicdesk.casework.CaseAction#FOLLOW_UP}) in {@link tw.civicdesk.deadlines.FollowUpNotices}.
 * The figures, follow-ups included, are the {@code figures} module's.
 *
 * <p>Guarantees: every day count is a count of the agency's working days from {@code calendar};
 * each reminder and digest carries an occasion key, so that posting it twice tells its recipient
 * once — and sends its e-mail copy once.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Deadlines 期限管制",
    allowedDependencies = {"calendar", "casework", "organisation", "notification"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.deadlines;
