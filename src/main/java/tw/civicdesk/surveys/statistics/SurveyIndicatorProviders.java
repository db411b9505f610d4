// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
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
@Import(SurveyIndicatorProviders.Registrar.class)
class SurveyIndicatorProviders {

  /** One indicator: its code and name, whose surveys it pools and which dimension it reads. */
  private record Spec(
      String code,
      BilingualText name,
      Set<SurveyPurpose> purposes,
      StandardDimension dimension,
      BilingualText source) {

    static Spec citizen(String code, String zh, String en, StandardDimension dimension) {
      return new Spec(
          code,
          new BilingualText(zh, en),
          PeerComparison.COMPARED,
          dimension,
          new BilingualText(
              "本所滿意度調查（臨櫃、線上、結案後及年度民調）之有效問卷中「" + zh + "」題組之回答，不適用者不計",
              "The valid answers to the agency's satisfaction surveys (counter, online, after a"
                  + " case and general) on \""
                  + en
                  + "\", \"not applicable\" left out"));
    }
  }

  private static final List<Spec> SPECS =
      List.of(
          Spec.citizen(
              "surveys.satisfaction",
              "民眾整體服務滿意度",
              "Overall satisfaction of the public",
              StandardDimension.OVERALL),
          Spec.citizen(
              "surveys.satisfaction.environment",
              "洽公環境滿意度",
              "Satisfaction with the office environment",
              StandardDimension.ENVIRONMENT),
          Spec.citizen(
              "surveys.satisfaction.courtesy",
              "服務禮儀滿意度",
              "Satisfaction with the staff's courtesy",
              StandardDimension.COURTESY),
          Spec.citizen(
              "surveys.satisfaction.professionalism",
              "服務專業性滿意度",
              "Satisfaction with the staff's professionalism",
              StandardDimension.PROFESSIONALISM),
          Spec.citizen(
              "surveys.satisfaction.measures",
              "服務措施滿意度",
              "Satisfaction with the service measures",
              StandardDimension.MEASURES),
          new Spec(
              "surveys.staff-satisfaction",
              new BilingualText("內部同仁滿意度", "Staff satisfaction"),
              Set.of(SurveyPurpose.STAFF),
              StandardDimension.OVERALL,
              new BilingualText(
                  "本所內部同仁滿意度調查之有效問卷中「整體滿意度」之回答，不適用者不計",
                  "The valid answers of the agency's own staff to its staff survey on overall"
                      + " satisfaction, \"not applicable\" left out")));

  /** Registers one {@link IndicatorProvider} bean per row of {@link #SPECS}. */
  static class Registrar implements BeanRegistrar {
    @Override
    public void register(BeanRegistry registry, Environment env) {
      for (Spec spec : SPECS) {
        registry.registerBean(
            spec.code(),
            IndicatorProvider.class,
            b -> b.supplier(context -> indicator(context.bean(PeerFigures.class), spec)));
      }
    }
  }

  private static IndicatorProvider indicator(PeerFigures figures, Spec spec) {
    Set<SurveyPurpose> purposes = spec.purposes();
    StandardDimension dimension = spec.dimension();
    return new ComputedIndicator(
            spec.code(),
            spec.name(),
            "%",
            true,
            (agency, from, to) ->
                Optional.ofNullable(
                    PeerComparison.inPercent(
                        figures(figures, agency, purposes, dimension, from, to)
                            .satisfactionRate())),
            (agency, from, to) -> {
              Satisfaction s = figures(figures, agency, purposes, dimension, from, to);
              BigDecimal margin = PeerComparison.inPercent(s.marginOfError());
              return s.n() == 0 || margin == null
                  ? Optional.empty()
                  : Optional.of(new Sample(s.n(), margin));
            })
        .from(spec.source());
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
