// SPDX-License-Identifier: EUPL-1.2
/**
 * Monitoring (管制考核, ADR 0020), a room of performance: the units report progress (執行情形) on their
 * practices of a plan in the works each reporting period ({@link
 * tw.civicdesk.performance.monitoring.ReportingPeriod}: a quarter by default), with figures for
 * hand-entered indicators and evidence; the quality officer accepts or returns each report (review,
 * 審核); missing reports are listed and chased with console notices (稽催, daily task {@code
 * plan-progress-chase}); and spot checks (平時查核) are followed up until closed. The pages under
 * {@code /console/plans/{id}/progress}, {@code …/review}, {@code …/unreported} and {@code
 * …/spot-checks} are in {@code web}.
 *
 * <p>Guarantees: a unit reports only for a period that has begun and only on the practices assigned
 * to it; every submission and review is kept; an accepted report is final until reopened; a
 * practice, unit and period is chased once; a report returned for correction is not counted until
 * it is submitted again.
 *
 * <p>Published to the other rooms (named interface {@code api}): {@link
 * tw.civicdesk.performance.monitoring.ProgressSource} (the reports as they stand, as {@link
 * tw.civicdesk.performance.monitoring.PracticeProgress} with its {@link
 * tw.civicdesk.performance.monitoring.ProgressStatus}), {@link
 * tw.civicdesk.performance.monitoring.ReportingPeriod} and {@link
 * tw.civicdesk.performance.monitoring.MonitoringSettings} (how the year is divided). Reporting,
 * review, chasing and spot checks are the room's own.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Performance: monitoring 管制考核",
    allowedDependencies = {"notification", "organisation", "performance.plans :: api"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.performance.monitoring;
