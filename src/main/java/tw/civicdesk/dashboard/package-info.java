// SPDX-License-Identifier: EUPL-1.2
/**
 * Dashboard (管考儀表板): the console page {@code /console/dashboard} where case officers, unit heads
 * and quality officers see what is due soon, what is overdue, and the figures (績效數據) with a chart
 * and the data table behind it, and download the figures as CSV.
 *
 * <p>Key terms: due soon (即將到期) — a case whose clock runs and whose due date falls between today
 * and the end of the due-soon window ({@code civicdesk.deadlines.due-soon-working-days} working
 * days, counted by {@code calendar}); overdue (逾期) — a case whose clock runs and whose due date has
 * passed; side by side (並列) — the figures of each agency below a supervising agency, one row each.
 *
 * <p>Guarantees: the module reads only other modules' public APIs — the figures from the {@code
 * figures} rollup (never a scan of the cases), the due lists from {@code casework}'s case lists,
 * the scope from {@code organisation}. It keeps no state, and the page shows no personal data: case
 * numbers, services, units, due dates and counts only.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Dashboard 管考儀表板",
    allowedDependencies = {
      "figures",
      "casework",
      "organisation",
      "calendar",
      "catalogue",
      "deadlines"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.dashboard;
