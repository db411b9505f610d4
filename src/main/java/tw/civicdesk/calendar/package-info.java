// SPDX-License-Identifier: EUPL-1.2
/**
 * Calendar (辦公日曆): the one place in CivicDesk that knows what a working day is, and the only code
 * that turns a received date and a time limit into a due date.
 *
 * <p>It holds the official office calendar of the Directorate-General of Personnel Administration
 * (行政院人事行政總處「中華民國政府行政機關辦公日曆表」, data.gov.tw dataset 14718) and each agency's own closures, and
 * counts periods under 行政程序法 §48.
 *
 * <p>Terms: 工作日 / working day; 放假日 / day off (是否放假 = 2); 補假 / substitute day off; 補行上班 / make-up
 * working Saturday (是否放假 = 0 on a weekend); 停止上班 / closure, e.g. a typhoon day, {@link
 * tw.civicdesk.calendar.ClosureKind#FULL_DAY 全日} or {@link
 * tw.civicdesk.calendar.ClosureKind#HALF_DAY 半日}; 期間 / period; 期間末日 / last day of a period; 處理期間 /
 * processing period ({@link tw.civicdesk.calendar.TimeLimit}).
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>A day is a working day for an agency exactly when the official calendar marks it {@code 0}
 *       and the agency has no full-day closure on it. The flag alone decides; the remark column
 *       (備註) is never interpreted.
 *   <li>Periods in working days do not count the start day (§48②). Periods in calendar days and
 *       months that end on a day that is not a working day end on the next working day (§48④); a
 *       補行上班 Saturday is a working day, so nothing moves (MOJ 99.2.3 法律字第0990004718號).
 *   <li>Running days are calendar days less the agency's full-day closures of working days; a
 *       period stopped by closures (行政程序法 §51⑤) counts them ({@link
 *       tw.civicdesk.calendar.CalendarSnapshot#addRunningDays}). {@link
 *       tw.civicdesk.calendar.CalendarSnapshot#withoutClosures()} answers as if no agency had a
 *       closure, for periods that closures do not move.
 *   <li>Recording or withdrawing a full-day closure publishes {@link
 *       tw.civicdesk.calendar.AgencyClosureChanged} inside the change's transaction, with the
 *       calendar as it is after the change, so that modules holding dates derived from it (stored
 *       due dates) update them in that transaction.
 *   <li>The loaded calendar is one contiguous run of days. A date outside it is never guessed:
 *       every calculation that would need it throws {@link
 *       tw.civicdesk.calendar.DateOutsideCalendarException}.
 *   <li>An official import is validated in full before anything is written (all or nothing).
 * </ul>
 *
 * <p>Other modules use {@link tw.civicdesk.calendar.WorkingCalendar}; administrators use {@link
 * tw.civicdesk.calendar.CalendarAdministration}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Calendar 辦公日曆",
    allowedDependencies = {"organisation"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.calendar;
