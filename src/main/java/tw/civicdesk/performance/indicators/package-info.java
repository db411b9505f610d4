// SPDX-License-Identifier: EUPL-1.2
/**
 * Indicators (績效指標), a room of performance: the indicators of a plan's practices with target,
 * actual and trend by reporting period. An indicator that names a provider is computed from the
 * work by an {@link tw.civicdesk.performance.IndicatorProvider} another module registers (ADR 0023:
 * the on-time rate, online applications, SOP coverage…); any other is entered by hand, as figures
 * in the units' progress reports (monitoring's {@code ProgressSource}). The plan's pages show them
 * through the plans' {@code PlanPageSection} ({@code web}), the plans' JSON API through their
 * {@code IndicatorActuals} ({@code PlanIndicatorActuals}, ADR 0059); docs/indicators.md lists the
 * providers.
 *
 * <p>Guarantees: a computed indicator's actual is the provider's value over the year so far (a rate
 * of the whole span, never an average of rates); a hand-entered one's is the last period's sum of
 * the units' standing reports, a returned report not counted; periods that have not begun have no
 * value; two providers with one code stop the start.
 *
 * <p>Published to the other rooms (named interface {@code api}): {@link
 * tw.civicdesk.performance.indicators.Indicators} (the providers and a plan's readings).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Performance: indicators 績效指標",
    allowedDependencies = {
      "performance",
      "performance.plans :: api",
      "performance.monitoring :: api"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.performance.indicators;
