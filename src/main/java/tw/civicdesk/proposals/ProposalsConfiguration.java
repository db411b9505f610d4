// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.performance.ComputedIndicator;
import tw.civicdesk.performance.IndicatorProvider;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.throttle.AnonymousDoor;

/**
 * The proposals' wiring: the anonymous door of the citizens' form ({@value
 * ProposalsSettings#CITIZEN_DOOR}) and the three plan indicators of {@link ProposalFigures}.
 */
@Configuration(proxyBeanMethods = false)
class ProposalsConfiguration {

  @Bean
  AnonymousDoor proposalsCitizenDoor(ProposalsSettings settings) {
    return new AnonymousDoor(ProposalsSettings.CITIZEN_DOOR, settings.anonymousPerHour());
  }

  @Bean
  IndicatorProvider proposalsCountIndicator(ProposalFigures figures) {
    return new ComputedIndicator(
            "proposals.count",
            new BilingualText("創新提案件數", "Innovation proposals submitted"),
            "件",
            true,
            (agency, from, to) ->
                Optional.of(BigDecimal.valueOf(figures.count(new AgencyCode(agency), from, to))))
        .from(
            new BilingualText(
                "期間內提出之創新提案（同仁及民眾）件數，以提案日計",
                "Innovation proposals (staff and citizens) submitted in the span, by the day"
                    + " submitted"));
  }

  @Bean
  IndicatorProvider proposalsAdoptionRateIndicator(ProposalFigures figures) {
    return new ComputedIndicator(
            "proposals.adoption-rate",
            new BilingualText("創新提案採行率", "Adoption rate of innovation proposals"),
            "%",
            true,
            (agency, from, to) -> figures.adoptionRate(new AgencyCode(agency), from, to))
        .from(
            new BilingualText(
                "期間內作成決定之提案中，決定採行或部分採行者所占比率",
                "Of the proposals decided in the span, the share adopted wholly or in part"));
  }

  @Bean
  IndicatorProvider proposalsImplementedShareIndicator(ProposalFigures figures) {
    return new ComputedIndicator(
            "proposals.implemented-share",
            new BilingualText("採行提案完成實施比率", "Adopted proposals implemented"),
            "%",
            true,
            (agency, from, to) -> figures.implementedShare(new AgencyCode(agency), from, to))
        .from(
            new BilingualText(
                "期間內決定採行（含部分採行）之提案中，於期間末日前完成實施者所占比率",
                "Of the proposals adopted (wholly or in part) and decided in the span, the share"
                    + " implemented by the span's last day"));
  }
}
