// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueFigures;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.performance.ComputedIndicator;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.performance.Percent;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The indicators of a service-quality plan that CivicDesk computes from the work (DOMAIN.md §3.3),
 * offered to the plans through {@link IndicatorProvider}:
 *
 * <ul>
 *   <li>{@code figures.on-time-rate}: cases decided on time ÷ cases decided in the months of the
 *       span, in % (docs/figures.md has what counts);
 *   <li>{@code figures.online-applications}: applications received online ÷ all received, in %;
 *   <li>{@code catalogue.sop-coverage}: published services with published steps (SOP) ÷ published
 *       services at the end of the span, in %;
 *   <li>{@code catalogue.online-share}: published services with an online channel ÷ published
 *       services at the end of the span, in %;
 *   <li>{@code catalogue.documents-replaced}: required documents electronic verification can
 *       replace (書表減量), a count at the end of the span.
 * </ul>
 *
 * Each is a {@link ComputedIndicator}; percentages are {@link Percent} (half up, one decimal). A
 * span with nothing to divide by has no value. Figures are counted by month, so a span counts the
 * whole months it touches.
 */
@Configuration(proxyBeanMethods = false)
class PlanIndicatorProviders {

  @Bean
  IndicatorProvider onTimeRateIndicator(Figures figures) {
    return new ComputedIndicator(
        "figures.on-time-rate",
        new BilingualText("申辦案件於處理時限內完成之比率", "Applications decided within the time limit"),
        "%",
        true,
        (agency, from, to) -> {
          List<FiguresRow> rows =
              figures.figures(
                  FiguresQuery.of(
                      new AgencyCode(agency), YearMonth.from(from), YearMonth.from(to)));
          return Percent.of(
              rows.stream().mapToLong(FiguresRow::decidedOnTime).sum(),
              rows.stream().mapToLong(FiguresRow::decided).sum());
        });
  }

  @Bean
  IndicatorProvider onlineApplicationsIndicator(Figures figures) {
    return new ComputedIndicator(
        "figures.online-applications",
        new BilingualText("線上申辦件數比率", "Applications received online"),
        "%",
        true,
        (agency, from, to) -> {
          List<FiguresRow> rows =
              figures.figures(
                  FiguresQuery.of(
                      new AgencyCode(agency),
                      YearMonth.from(from),
                      YearMonth.from(to),
                      Dimension.CHANNEL));
          long all = rows.stream().mapToLong(FiguresRow::received).sum();
          long online =
              rows.stream()
                  .filter(r -> r.channel() == Channel.ONLINE)
                  .mapToLong(FiguresRow::received)
                  .sum();
          return Percent.of(online, all);
        });
  }

  @Bean
  IndicatorProvider sopCoverageIndicator(Catalogue catalogue) {
    return new ComputedIndicator(
        "catalogue.sop-coverage",
        new BilingualText("申辦業務標準作業流程訂定比率", "Services with a published procedure (SOP)"),
        "%",
        true,
        (agency, from, to) -> {
          CatalogueFigures f = catalogue.figures(new AgencyCode(agency), to);
          return Percent.of(f.withSteps(), f.services());
        });
  }

  @Bean
  IndicatorProvider onlineShareIndicator(Catalogue catalogue) {
    return new ComputedIndicator(
        "catalogue.online-share",
        new BilingualText("可線上申辦之服務項目比率", "Services that can be applied for online"),
        "%",
        true,
        (agency, from, to) -> {
          CatalogueFigures f = catalogue.figures(new AgencyCode(agency), to);
          return Percent.of(f.online(), f.services());
        });
  }

  @Bean
  IndicatorProvider documentsReplacedIndicator(Catalogue catalogue) {
    return new ComputedIndicator(
        "catalogue.documents-replaced",
        new BilingualText("可以電子查驗免附之書證件數", "Documents electronic verification replaces"),
        "件",
        true,
        (agency, from, to) ->
            Optional.of(
                BigDecimal.valueOf(
                    catalogue.figures(new AgencyCode(agency), to).electronicallyVerifiable())));
  }
}
