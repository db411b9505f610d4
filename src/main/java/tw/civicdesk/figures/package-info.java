// SPDX-License-Identifier: EUPL-1.2
/**
 * Figures (績效數據): the on-time completion rate, cases decided, closed and extended, working days to
 * decide (average and 90th percentile), open and overdue cases — by agency, unit, service, channel,
 * kind and month (政府服務獎 indicators, DOMAIN.md §3.3; definitions in {@code docs/figures.md}).
 *
 * <p>Guarantees: the figures are exact. A rollup is kept in the transaction of every case step
 * ({@link tw.civicdesk.casework.CaseEvents.CaseFiled}, {@link
 * tw.civicdesk.casework.CaseEvents.CaseStepTaken}), so a step and its figures commit or roll back
 * together; {@link tw.civicdesk.figures.FiguresRebuild} recomputes it from the cases. A request
 * ({@link tw.civicdesk.figures.Figures}) reads rollup rows only, never the cases.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Figures 績效數據",
    allowedDependencies = {
      "casework",
      "organisation",
      "calendar",
      "catalogue",
      "performance",
      "opendata"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.figures;
