// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.Plan;
import tw.civicdesk.performance.Plans;
import tw.civicdesk.performance.Practice;

/** Builds {@link PlanView}s: the agency's and units' names, the template a plan came from. */
@Component
class PlanViews {

  private final Plans plans;
  private final Organisation organisation;
  private final MessageSource messages;

  PlanViews(Plans plans, Organisation organisation, MessageSource messages) {
    this.plans = plans;
    this.organisation = organisation;
    this.messages = messages;
  }

  PlanView of(Plan plan, @Nullable StaffPrincipal viewer, Locale locale) {
    boolean zh = !"en".equals(locale.getLanguage());
    AgencyCode code = new AgencyCode(plan.agencyCode());
    String agencyName = organisation.agency(code)
        .map(a -> zh ? a.name().zh() : a.name().en()).orElse(plan.agencyCode());
    return PlanView.of(plan, agencyName, template(plan, viewer), unitNames(code, locale));
  }

  /** The names of {@code agency}'s units by code, and of all units, in {@code locale}. */
  Map<String, String> unitNames(AgencyCode agency, Locale locale) {
    boolean zh = !"en".equals(locale.getLanguage());
    Map<String, String> names = new HashMap<>();
    organisation.units(agency).forEach(u -> names.put(u.code(), zh ? u.name().zh() : u.name().en()));
    names.put(Practice.ALL_UNITS, messages.getMessage("performance.units.all", null, locale));
    return names;
  }

  private PlanView.@Nullable TemplateRef template(Plan plan, @Nullable StaffPrincipal viewer) {
    if (plan.templateId() == null) {
      return null;
    }
    return plans.byId(plan.templateId())
        .filter(t -> t.status().isPublic() || (viewer != null && plans.canRead(viewer, t)))
        .map(t -> new PlanView.TemplateRef(t.id(), t.agencyCode(), t.year(), t.title()))
        .orElse(null);
  }
}
