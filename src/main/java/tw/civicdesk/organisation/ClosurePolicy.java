// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

/**
 * How an agency's own full-day closures (停止上班, e.g. a typhoon day declared under 天然災害停止上班及上課作業辦法)
 * move the processing periods of its cases. An agency setting ({@link Agency#closurePolicy()}, else
 * the application default {@code civicdesk.deadlines.closure-policy}); each case records the policy
 * in force when it was filed and keeps it, so changing the setting never moves a filed case.
 * Closures on days off and half-day closures never move anything. Why {@link #STOPS_CLOCK} is the
 * default: ADR 0015.
 */
public enum ClosurePolicy {

  /**
   * The clock stops on each closed day (行政程序法 §51⑤, the period does not run while a natural
   * disaster blocks the work). Exactly: a closed working day is not a working day, so periods in
   * working days skip it; periods in calendar days, months and hours are lengthened by one day for
   * each closed working day inside them (the days between the start day, not counted, and the end
   * reached so far); a calendar-day or month period whose last day is a closed day then ends on the
   * next working day (§48④, as for any day off). Extensions are counted the same way.
   */
  STOPS_CLOCK,

  /**
   * Closures do not move the agency's deadlines: every period is counted on the official calendar
   * alone, as if the agency had no closure.
   */
  NONE
}
