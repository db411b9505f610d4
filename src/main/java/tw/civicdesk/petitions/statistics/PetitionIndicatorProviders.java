// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.organisation.AgencyCode;
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
 * Percentages are rounded half up to one decimal; a span with nothing to divide by has no value.
 * The rollup counts by month, so a span counts the whole months it touches.
 */
@Configuration(proxyBeanMethods = false)
class PetitionIndicatorProviders {

  /** One provider: its description and how it computes a value. */
  record Provider(
      String code,
      BilingualText name,
      String measure,
      boolean higherIsBetter,
      Computation computation)
      implements IndicatorProvider {

    @Override
    public Optional<BigDecimal> value(String agency, LocalDate from, LocalDate to) {
      YearMonth last = YearMonth.from(to);
      YearMonth first = YearMonth.from(from);
      if (first.isAfter(last)) {
        return Optional.empty();
      }
      if (first.isBefore(last.minusMonths(StatisticsQuery.MAX_MONTHS - 1L))) {
        first = last.minusMonths(StatisticsQuery.MAX_MONTHS - 1L);
      }
      return Optional.ofNullable(
          computation.value(
              new StatisticsQuery(new AgencyCode(agency), first, last, null, Dimension.TOTAL)));
    }
  }

  /** How a provider computes its value for a query over the span. */
  @FunctionalInterface
  interface Computation {
    @org.jspecify.annotations.Nullable
    BigDecimal value(StatisticsQuery query);
  }

  @Bean
  IndicatorProvider petitionOnTimeRateIndicator(PetitionStatistics statistics) {
    return new Provider(
        "petitions.on-time-rate",
        new BilingualText("人民陳情案件於處理期限內答復之比率", "Petitions answered within the time limit"),
        "%",
        true,
        query -> statistics.total(query).onTimePercent());
  }

  @Bean
  IndicatorProvider petitionSatisfactionIndicator(PetitionStatistics statistics) {
    return new Provider(
        "petitions.satisfaction",
        new BilingualText("陳情處理滿意度", "Satisfaction with the handling of petitions"),
        "%",
        true,
        query -> statistics.satisfaction(query).satisfiedPercent());
  }
}
