// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.performance.ComputedIndicator;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.time.DailyTask;

/**
 * The courtesy module's wiring: the daily chase of follow-ups on db-scheduler ({@value #TASK}, one
 * node per run, by {@link CourtesySettings#chaseCron()}), and the three indicators of the plans,
 * each over the agency's tests whose call fell in the span (both days included):
 *
 * <ul>
 *   <li>{@code courtesy.score}: the mean total (0–100), half up to one decimal; none without tests;
 *   <li>{@code courtesy.excellent-share}: tests graded 優良 (band {@code EXCELLENT}, ≥ 90 on the
 *       standard sheet) ÷ tests, in %, half up to one decimal; none without tests;
 *   <li>{@code courtesy.tests}: the number of tests, 0 included (a plan's "6 a year" is measured
 *       against it); none only for a span that ends before it starts.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CourtesyConfiguration {

  static final String TASK = "courtesy-follow-up-chase";
  static final String EXCELLENT = "EXCELLENT";

  private static final BilingualText SOURCE =
      new BilingualText(
          "本機關電話禮貌測試紀錄（依測試量表由系統計分）",
          "The agency's phone-courtesy tests, as scored by the system with the test sheet");

  @Bean
  RecurringTask<Void> courtesyFollowUpChaseDaily(
      FollowUps followUps, Clock clock, CourtesySettings settings) {
    return DailyTask.of(TASK, settings.chaseCron(), clock, followUps::chase, "reminders");
  }

  @Bean
  IndicatorProvider courtesyScoreIndicator(CourtesyStore store) {
    return new ComputedIndicator(
            "courtesy.score",
            new BilingualText("電話禮貌測試平均分數", "Mean phone-courtesy test score"),
            "分",
            true,
            (agency, from, to) ->
                figures(store, agency, from, to)
                    .map(f -> f.mean())
                    .map(m -> m.setScale(1, RoundingMode.HALF_UP)))
        .from(SOURCE);
  }

  @Bean
  IndicatorProvider courtesyExcellentShareIndicator(CourtesyStore store) {
    return new ComputedIndicator(
            "courtesy.excellent-share",
            new BilingualText("電話禮貌測試優良比率", "Phone-courtesy tests graded excellent"),
            "%",
            true,
            (agency, from, to) ->
                figures(store, agency, from, to)
                    .map(
                        f ->
                            BigDecimal.valueOf(f.banded() * 100)
                                .divide(BigDecimal.valueOf(f.tests()), 1, RoundingMode.HALF_UP)))
        .from(SOURCE);
  }

  @Bean
  IndicatorProvider courtesyTestsIndicator(CourtesyStore store) {
    return new ComputedIndicator(
            "courtesy.tests",
            new BilingualText("電話禮貌測試次數", "Phone-courtesy tests carried out"),
            "次",
            true,
            (agency, from, to) ->
                from.isAfter(to)
                    ? Optional.empty()
                    : Optional.of(
                        BigDecimal.valueOf(
                            store.figures(new AgencyCode(agency), from, to, EXCELLENT).tests())))
        .from(SOURCE);
  }

  private static Optional<CourtesyStore.Figures> figures(
      CourtesyStore store, String agency, LocalDate from, LocalDate to) {
    if (from.isAfter(to) || !AgencyCode.isValid(agency)) {
      return Optional.empty();
    }
    CourtesyStore.Figures f = store.figures(new AgencyCode(agency), from, to, EXCELLENT);
    return f.tests() == 0 ? Optional.empty() : Optional.of(f);
  }
}
