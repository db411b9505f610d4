// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.performance.ComputedIndicator;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.IndicatorProvider.Sample;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.surveys.StandardDimension;
import tw.civicdesk.surveys.SurveyPurpose;

/**
 * The satisfaction indicators of a service-quality plan, from the agency's surveys, offered to the
 * plans through {@link IndicatorProvider} with the sample behind each value (ADR 0047):
 *
 * <ul>
 *   <li>{@code surveys.satisfaction}: the satisfaction rate of the OVERALL dimension over the
 *       agency's citizen surveys (counter, post-case, general) answered in the span, pooled as
 *       respondents ({@link PeerFigures}), in %;
 *   <li>{@code surveys.satisfaction.environment}, {@code .courtesy}, {@code .professionalism},
 *       {@code .measures}: the same for each standard dimension;
 *   <li>{@code surveys.staff-satisfaction}: the OVERALL dimension of the agency's staff surveys.
 * </ul>
 *
 * A value is the calculator's rate in per cent, rounded half up to one decimal (as the results page
 * shows it); its sample is the dimension's respondents n and the conservative margin 1.96·√(0.25/n)
 * in percentage points, one decimal (n = 412 gives ±4.8). With no respondent there is neither. A
 * value below a survey's "too few answers" threshold is still given: its sample says how little it
 * rests on.
 */
@Configuration(proxyBeanMethods = false)
class SurveyIndicatorProviders {

  @Bean
  IndicatorProvider surveySatisfactionIndicator(PeerFigures figures) {
    return citizen(
        figures,
        "surveys.satisfaction",
        new BilingualText("民眾整體服務滿意度", "Overall satisfaction of the public"),
        StandardDimension.OVERALL);
  }

  @Bean
  IndicatorProvider surveyEnvironmentIndicator(PeerFigures figures) {
    return citizen(
        figures,
        "surveys.satisfaction.environment",
        new BilingualText("洽公環境滿意度", "Satisfaction with the office environment"),
        StandardDimension.ENVIRONMENT);
  }

  @Bean
  IndicatorProvider surveyCourtesyIndicator(PeerFigures figures) {
    return citizen(
        figures,
        "surveys.satisfaction.courtesy",
        new BilingualText("服務禮儀滿意度", "Satisfaction with the staff's courtesy"),
        StandardDimension.COURTESY);
  }

  @Bean
  IndicatorProvider surveyProfessionalismIndicator(PeerFigures figures) {
    return citizen(
        figures,
        "surveys.satisfaction.professionalism",
        new BilingualText("服務專業性滿意度", "Satisfaction with the staff's professionalism"),
        StandardDimension.PROFESSIONALISM);
  }

  @Bean
  IndicatorProvider surveyMeasuresIndicator(PeerFigures figures) {
    return citizen(
        figures,
        "surveys.satisfaction.measures",
        new BilingualText("服務措施滿意度", "Satisfaction with the service measures"),
        StandardDimension.MEASURES);
  }

  @Bean
  IndicatorProvider staffSatisfactionIndicator(PeerFigures figures) {
    return indicator(
        figures,
        "surveys.staff-satisfaction",
        new BilingualText("內部同仁滿意度", "Staff satisfaction"),
        Set.of(SurveyPurpose.STAFF),
        StandardDimension.OVERALL);
  }

  private static IndicatorProvider citizen(
      PeerFigures figures, String code, BilingualText name, StandardDimension dimension) {
    return indicator(figures, code, name, PeerComparison.COMPARED, dimension);
  }

  private static IndicatorProvider indicator(
      PeerFigures figures,
      String code,
      BilingualText name,
      Set<SurveyPurpose> purposes,
      StandardDimension dimension) {
    return new ComputedIndicator(
        code,
        name,
        "%",
        true,
        (agency, from, to) ->
            Optional.ofNullable(
                PeerComparison.inPercent(
                    figures(figures, agency, purposes, dimension, from, to).satisfactionRate())),
        (agency, from, to) -> {
          Satisfaction s = figures(figures, agency, purposes, dimension, from, to);
          BigDecimal margin = PeerComparison.inPercent(s.marginOfError());
          return s.n() == 0 || margin == null
              ? Optional.empty()
              : Optional.of(new Sample(s.n(), margin));
        });
  }

  private static Satisfaction figures(
      PeerFigures figures,
      String agency,
      Set<SurveyPurpose> purposes,
      StandardDimension dimension,
      LocalDate from,
      LocalDate to) {
    return figures.dimension(new AgencyCode(agency), purposes, dimension, from, to);
  }
}
