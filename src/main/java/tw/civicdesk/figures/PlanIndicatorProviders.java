// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
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
 *       replace (書表減量), a count at the end of the span;
 *   <li>{@code casework.electronic-verification-share}: the agency's applications received in the
 *       span with at least one required document verified electronically instead of on paper by the
 *       span's end ÷ all its applications received in the span, in % — counted in cases (件數) from
 *       case work ({@link CaseWork#electronicVerifications}), not from the catalogue's flags; it
 *       lives here, beside the figures, because case work may not depend on performance.
 * </ul>
 *
 * Each is a {@link ComputedIndicator}; percentages are {@link Percent} (half up, one decimal). A
 * span with nothing to divide by has no value. Figures are counted by month, so a span counts the
 * whole months it touches.
 */
@Configuration(proxyBeanMethods = false)
class PlanIndicatorProviders {

  /** The code of the share of applications with an electronic verification. */
  static final String ELECTRONIC_VERIFICATION_SHARE = "casework.electronic-verification-share";

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
            })
        .from(
            new BilingualText(
                "本所各月決行之申辦案件，於處理時限內（補正期間不計，展延者依展延後期限）決行之件數占決行件數之比率",
                "The agency's applications decided in the months of the span: those decided within"
                    + " the time limit (supplement waits left out, an extension's new limit"
                    + " counted) out of all decided"));
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
            })
        .from(
            new BilingualText(
                "本所各月收件之申辦案件，線上收件之件數占全部收件件數之比率",
                "The agency's applications received in the months of the span: those received"
                    + " online out of all received"));
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
            })
        .from(
            new BilingualText(
                "本所服務目錄於期末公開之服務項目，載有作業步驟（標準作業流程）者所占比率",
                "The services published in the agency's catalogue at the end of the span: those"
                    + " with published steps (SOP) out of all"));
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
            })
        .from(
            new BilingualText(
                "本所服務目錄於期末公開之服務項目，提供線上申辦管道者所占比率",
                "The services published in the agency's catalogue at the end of the span: those"
                    + " with an online channel out of all"));
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
                        catalogue.figures(new AgencyCode(agency), to).electronicallyVerifiable())))
        .from(
            new BilingualText(
                "本所服務目錄於期末公開之服務，其應備文件中標示可以電子查驗免附者之件數",
                "The required documents of the services published in the agency's catalogue at"
                    + " the end of the span that are marked as replaceable by electronic"
                    + " verification"));
  }

  @Bean
  IndicatorProvider electronicVerificationShareIndicator(CaseWork cases) {
    return new ComputedIndicator(
            ELECTRONIC_VERIFICATION_SHARE,
            new BilingualText(
                "以電子查驗取代紙本證件之申辦案件比率",
                "Applications with a document verified electronically instead of on paper"),
            "%",
            true,
            (agency, from, to) -> {
              CaseViews.VerificationCount count =
                  cases.electronicVerifications(new AgencyCode(agency), from, to);
              return Percent.of(count.verified(), count.applications());
            })
        .from(
            new BilingualText(
                "本所期間內收件之申辦案件，期末前至少登錄一筆電子查驗（免附紙本證件）者之件數占收件件數之比率",
                "The agency's applications received in the span: those with at least one required"
                    + " document verified electronically instead of on paper by the span's end,"
                    + " out of all received"));
  }
}
