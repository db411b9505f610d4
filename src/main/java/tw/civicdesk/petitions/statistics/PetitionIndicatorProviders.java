// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.performance.ComputedIndicator;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The petition indicators of a service-quality plan, from the petition rollup (never a scan of the
 * cases), offered to the plans through {@link IndicatorProvider}:
 *
 * <ul>
 *   <li>{@code petitions.on-time-rate}: replies on time ÷ replies to petitions, letters to the
 *       head, complaints, facility reports and media items in the months of the span, in %;
 *   <li>{@code petitions.satisfaction}: ratings of the handling of 4 or 5 ÷ ratings given in the
 *       months of the span, in % (from {@link tw.civicdesk.petitions.PetitionRatings#figures}).
 * </ul>
 *
 * Each is a {@link ComputedIndicator}. Percentages are rounded half up to one decimal; a span with
 * nothing to divide by has no value. The rollup counts by month, so a span counts the whole months
 * it touches, at most the last {@link StatisticsQuery#MAX_MONTHS} of them.
 */
@Configuration(proxyBeanMethods = false)
class PetitionIndicatorProviders {

  @Bean
  IndicatorProvider petitionOnTimeRateIndicator(PetitionStatistics statistics) {
    return new ComputedIndicator(
            "petitions.on-time-rate",
            new BilingualText("人民陳情案件於處理期限內答復之比率", "Petitions answered within the time limit"),
            "%",
            true,
            over(query -> statistics.total(query).onTimePercent()))
        .from(
            new BilingualText(
                "本所各月答復之人民陳情、首長信箱、服務申訴、設施報修及輿情案件，於處理期限內答復者所占比率",
                "The agency's petitions, letters to the head, complaints, facility reports and"
                    + " media items answered in the months of the span: those answered within the"
                    + " time limit out of all answered"));
  }

  @Bean
  IndicatorProvider petitionSatisfactionIndicator(PetitionStatistics statistics) {
    return new ComputedIndicator(
            "petitions.satisfaction",
            new BilingualText("陳情處理滿意度", "Satisfaction with the handling of petitions"),
            "%",
            true,
            over(query -> statistics.satisfaction(query).satisfiedPercent()))
        .from(
            new BilingualText(
                "陳情人於各月對本所答復所給之處理滿意度評分（1至5分），4分以上者所占比率",
                "The ratings (1 to 5) petitioners gave the agency's handling in the months of the"
                    + " span: those of 4 or 5 out of all ratings"));
  }

  /** A computation over the rollup's query of the months of the span (the last 120 at most). */
  static ComputedIndicator.Computation over(
      Function<StatisticsQuery, @Nullable BigDecimal> figure) {
    return (agency, from, to) -> query(agency, from, to).map(figure);
  }

  private static Optional<StatisticsQuery> query(String agency, LocalDate from, LocalDate to) {
    YearMonth last = YearMonth.from(to);
    YearMonth first = YearMonth.from(from);
    if (first.isAfter(last)) {
      return Optional.empty();
    }
    if (first.isBefore(last.minusMonths(StatisticsQuery.MAX_MONTHS - 1L))) {
      first = last.minusMonths(StatisticsQuery.MAX_MONTHS - 1L);
    }
    return Optional.of(
        new StatisticsQuery(new AgencyCode(agency), first, last, null, Dimension.TOTAL));
  }
}
