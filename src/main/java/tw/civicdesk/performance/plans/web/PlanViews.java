// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.plans.IndicatorActuals;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.UnitNames;

/**
 * Builds {@link PlanView}s: the agency's and units' names, the template a plan came from, and each
 * indicator's standing from the indicators room ({@link IndicatorActuals}).
 */
@Component
class PlanViews {

  private final Plans plans;
  private final Organisation organisation;
  private final UnitNames unitNames;
  private final List<IndicatorActuals> actuals;

  PlanViews(
      Plans plans, Organisation organisation, UnitNames unitNames, List<IndicatorActuals> actuals) {
    this.plans = plans;
    this.organisation = organisation;
    this.unitNames = unitNames;
    this.actuals = actuals;
  }

  PlanView of(Plan plan, @Nullable StaffPrincipal viewer, Locale locale) {
    boolean zh = !"en".equals(locale.getLanguage());
    AgencyCode code = new AgencyCode(plan.agencyCode());
    String agencyName =
        organisation
            .agency(code)
            .map(a -> zh ? a.name().zh() : a.name().en())
            .orElse(plan.agencyCode());
    Map<String, IndicatorActuals.Actual> standing = new HashMap<>();
    actuals.forEach(a -> standing.putAll(a.of(plan)));
    return PlanView.of(
        plan, agencyName, template(plan, viewer), unitNames.of(code, locale), standing);
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
