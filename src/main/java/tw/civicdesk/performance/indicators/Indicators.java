// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.IndicatorProvider.Sample;
import tw.civicdesk.performance.monitoring.MonitoringSettings;
import tw.civicdesk.performance.monitoring.PracticeProgress;
import tw.civicdesk.performance.monitoring.ProgressSource;
import tw.civicdesk.performance.monitoring.ReportingPeriod;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The indicators of a plan's practices, with target, actual and trend. An indicator naming a {@link
 * IndicatorProvider provider} is computed from the work; any other is entered by hand, as figures
 * in the units' progress reports ({@link ProgressSource}).
 *
 * <p>Definitions: a computed indicator's value for a period is the provider's value over that
 * period; its actual is the provider's value from the start of the year to today (or to the end of
 * the year once it is over), so a rate is a rate of the whole span, not an average of rates. A
 * hand-entered indicator's value for a period is the sum of the latest figures the units reported
 * for it in that period; its actual is the value of the last period that has one. Periods that have
 * not begun have no value.
 */
@NamedInterface("api")
@Service
public class Indicators {

  private final Map<String, IndicatorProvider> providers;
  private final ProgressSource progress;
  private final MonitoringSettings settings;
  private final Clock clock;

  Indicators(
      List<IndicatorProvider> providers,
      ProgressSource progress,
      MonitoringSettings settings,
      Clock clock) {
    this.providers =
        providers.stream()
            .collect(
                Collectors.toMap(
                    IndicatorProvider::code,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalStateException("two indicator providers named " + a.code());
                    },
                    java.util.TreeMap::new));
    this.progress = progress;
    this.settings = settings;
    this.clock = clock;
  }

  /** One period's value of an indicator, {@code null} where there is none (yet). */
  public record PeriodValue(String period, @Nullable BigDecimal value) {}

  /**
   * An indicator of a practice as it stands.
   *
   * @param computed whether a provider computes it (otherwise it is entered by hand)
   * @param met whether the actual reaches the target in the indicator's direction; {@code null}
   *     without a target or an actual
   * @param sample the sample the actual rests on, where its provider gives one (a survey's
   *     respondents and margin of error); {@code null} otherwise and without an actual
   * @param providerName the computing provider's own name in both languages (the plan names an
   *     indicator in its document's language only; an English page shows this one); {@code null}
   *     for a hand-entered indicator
   */
  public record Reading(
      String practiceId,
      IndicatorTarget indicator,
      boolean computed,
      List<PeriodValue> trend,
      @Nullable BigDecimal actual,
      @Nullable Boolean met,
      @Nullable Sample sample,
      @Nullable BilingualText providerName) {

    /**
     * The indicator's name for a reader of {@code locale}: the plan's, or in English the
     * provider's.
     */
    public String nameIn(java.util.Locale locale) {
      return providerName != null && "en".equals(locale.getLanguage())
          ? providerName.en()
          : indicator.name();
    }
  }

  /** Every registered provider, by code. */
  public List<IndicatorProvider> providers() {
    return List.copyOf(providers.values());
  }

  /** The provider {@code code}, if one is registered. */
  public Optional<IndicatorProvider> provider(String code) {
    return Optional.ofNullable(providers.get(code));
  }

  /** The readings of every indicator of {@code plan}, in document order, by reporting period. */
  public List<Reading> readingsOf(Plan plan) {
    return readingsOf(plan, settings.reportingPeriod());
  }

  /** The readings of every indicator of {@code plan}, in document order, by {@code length}. */
  public List<Reading> readingsOf(Plan plan, ReportingPeriod.Length length) {
    LocalDate today = LocalDate.now(clock);
    List<ReportingPeriod> periods = ReportingPeriod.of(plan.year(), length);
    Map<String, Map<String, BigDecimal>> manual = manualValues(plan);
    List<Reading> readings = new ArrayList<>();
    for (Practice practice : plan.content().practices()) {
      for (IndicatorTarget indicator : practice.indicators()) {
        IndicatorProvider provider =
            indicator.provider() == null ? null : providers.get(indicator.provider());
        readings.add(
            provider != null
                ? computed(plan, practice, indicator, provider, periods, today)
                : manual(
                    practice,
                    indicator,
                    periods,
                    today,
                    manual.getOrDefault(indicator.id(), Map.of())));
      }
    }
    return readings;
  }

  private Reading computed(
      Plan plan,
      Practice practice,
      IndicatorTarget indicator,
      IndicatorProvider provider,
      List<ReportingPeriod> periods,
      LocalDate today) {
    List<PeriodValue> trend =
        periods.stream()
            .map(
                p ->
                    new PeriodValue(
                        p.code(),
                        p.first().isAfter(today)
                            ? null
                            : provider
                                .value(
                                    plan.agencyCode(),
                                    p.first(),
                                    p.last().isAfter(today) ? today : p.last())
                                .orElse(null)))
            .toList();
    LocalDate first = periods.get(0).first();
    LocalDate last = periods.get(periods.size() - 1).last();
    LocalDate end = last.isAfter(today) ? today : last;
    BigDecimal actual =
        first.isAfter(today) ? null : provider.value(plan.agencyCode(), first, end).orElse(null);
    Sample sample =
        actual == null ? null : provider.sample(plan.agencyCode(), first, end).orElse(null);
    return new Reading(
        practice.id(),
        indicator,
        true,
        trend,
        actual,
        met(indicator, actual),
        sample,
        provider.name());
  }

  private static Reading manual(
      Practice practice,
      IndicatorTarget indicator,
      List<ReportingPeriod> periods,
      LocalDate today,
      Map<String, BigDecimal> byPeriod) {
    List<PeriodValue> trend =
        periods.stream()
            .map(
                p ->
                    new PeriodValue(
                        p.code(), p.first().isAfter(today) ? null : byPeriod.get(p.code())))
            .toList();
    BigDecimal actual =
        trend.stream()
            .map(PeriodValue::value)
            .filter(Objects::nonNull)
            .reduce((a, b) -> b)
            .orElse(null);
    return new Reading(
        practice.id(), indicator, false, trend, actual, met(indicator, actual), null, null);
  }

  /** Hand-entered figures: indicator id → period → sum over the units' latest reports. */
  private Map<String, Map<String, BigDecimal>> manualValues(Plan plan) {
    Map<String, Map<String, BigDecimal>> values = new HashMap<>();
    for (PracticeProgress report : progress.progressOf(plan.id())) {
      report
          .figures()
          .forEach(
              (indicator, value) ->
                  values
                      .computeIfAbsent(indicator, i -> new HashMap<>())
                      .merge(report.period(), value, BigDecimal::add));
    }
    return values;
  }

  static @Nullable Boolean met(IndicatorTarget indicator, @Nullable BigDecimal actual) {
    if (actual == null || indicator.target() == null) {
      return null;
    }
    int c = actual.compareTo(indicator.target());
    return indicator.higherIsBetter() ? c >= 0 : c <= 0;
  }
}
