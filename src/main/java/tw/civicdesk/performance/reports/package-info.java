// SPDX-License-Identifier: EUPL-1.2
/**
 * The year's report (績效報告), a room of performance: everything the year of a plan produced — the
 * plan, each practice's progress by period, the indicators with target, actual and a chart of their
 * trend, and the evaluation's scores with last year beside them — written as an ODT text document,
 * an ODS spreadsheet of its tables and a PDF (ADR 0021), downloaded from {@code
 * /console/plans/{id}/report.odt}, {@code .ods} and {@code .pdf} ({@code web}).
 *
 * <p>Guarantees: only staff who may read the plan get its report; the three documents say the same,
 * each label in the reader's language; every PDF is set in the one CJK font with TrueType outlines
 * the setting names, and a font that cannot be used fails with a message naming the setting (ADR
 * 0032).
 *
 * <p>Published to the other rooms: nothing; the report reads the others' published APIs and is read
 * only through its own pages.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Performance: year report 績效報告",
    allowedDependencies = {
      "organisation",
      "performance",
      "performance.frameworks :: api",
      "performance.plans :: api",
      "performance.monitoring :: api",
      "performance.evaluation :: api",
      "performance.indicators :: api"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.performance.reports;
