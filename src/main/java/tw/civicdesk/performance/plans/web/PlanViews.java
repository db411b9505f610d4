// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.UnitNames;

/** Builds {@link PlanView}s: the agency's and units' names, the template a plan came from. */
@Component
class PlanViews {

  private final Plans plans;
  private final Organisation organisation;
  private final UnitNames unitNames;

  PlanViews(Plans plans, Organisation organisation, UnitNames unitNames) {
    this.plans = plans;
    this.organisation = organisation;
    this.unitNames = unitNames;
  }

  PlanView of(Plan plan, @Nullable StaffPrincipal viewer, Locale locale) {
    boolean zh = !"en".equals(locale.getLanguage());
    AgencyCode code = new AgencyCode(plan.agencyCode());
    String agencyName =
        organisation
            .agency(code)
            .map(a -> zh ? a.name().zh() : a.name().en())
            .orElse(plan.agencyCode());
    return PlanView.of(plan, agencyName, template(plan, viewer), unitNames.of(code, locale));
  }

  private PlanView.@Nullable TemplateRef template(Plan plan, @Nullable StaffPrincipal viewer) {
    if (plan.templateId() == null) {
      return null;
    }
    return plans
        .byId(plan.templateId())
        .filter(t -> t.status().isPublic() || (viewer != null && plans.canRead(viewer, t)))
        .map(t -> new PlanView.TemplateRef(t.id(), t.agencyCode(), t.year(), t.title()))
        .orElse(null);
  }
}
