// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanPageSection;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.UnitNames;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * {@code /agencies/{code}/plan} on the public site: the agency's current service-quality plan (its
 * plan of the latest year that is published, as the plans require: 主動公開於機關網站), as its document. The
 * approval shows its date only; no staff member is named. What the other rooms add to a plan's page
 * ({@link PlanPageSection}: the indicators with target, trend, actual and whether each is met) is
 * shown here too; a published plan is past its draft.
 */
@Controller
class PublicPlanController {

  static final String PAGE = "plans/public";

  private final Plans plans;
  private final Organisation organisation;
  private final UnitNames unitNames;
  private final List<PlanPageSection> sections;

  PublicPlanController(
      Plans plans, Organisation organisation, UnitNames unitNames, List<PlanPageSection> sections) {
    this.plans = plans;
    this.organisation = organisation;
    this.unitNames = unitNames;
    this.sections = sections;
  }

  @GetMapping("/agencies/{code}/plan")
  String plan(@PathVariable String code, Model model, Locale locale) {
    if (!AgencyCode.isValid(code)) {
      throw new NotFoundException("organisation.agency.not-found");
    }
    var agency =
        organisation
            .agency(AgencyCode.of(code))
            .orElseThrow(() -> new NotFoundException("organisation.agency.not-found"));
    Plan plan =
        plans
            .current(agency.code().value())
            .orElseThrow(() -> new NotFoundException("plans.public.none"));
    Plan template =
        plan.templateId() == null
            ? null
            : plans.byId(plan.templateId()).filter(t -> t.status().isPublic()).orElse(null);
    model.addAttribute("agency", agency);
    model.addAttribute("plan", plan);
    model.addAttribute("template", template);
    model.addAttribute(
        "templateAgency",
        template == null
            ? null
            : organisation.agency(new AgencyCode(template.agencyCode())).orElse(null));
    model.addAttribute("unitNames", unitNames.of(agency.code(), locale));
    sections.forEach(s -> s.describe(plan, model));
    return PAGE;
  }
}
