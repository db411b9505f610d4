// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.plans.UnitNames;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * What the plan pages share: reading a plan for a page, who may edit it, storing one edit (as a
 * draft edit or, after approval, as a revision with its reason), and showing the domain's field
 * errors next to the form's fields.
 */
@Component
class PlanPages {

  private final Plans plans;
  private final Organisation organisation;
  private final UnitNames unitNames;

  PlanPages(Plans plans, Organisation organisation, UnitNames unitNames) {
    this.plans = plans;
    this.organisation = organisation;
    this.unitNames = unitNames;
  }

  Plans plans() {
    return plans;
  }

  /** Plan {@code id} for {@code staff}, or "not found"; a malformed id is not found either. */
  Plan get(StaffPrincipal staff, String id) {
    try {
      return plans.get(staff, Long.parseLong(id));
    } catch (NumberFormatException e) {
      throw new NotFoundException("performance.plan.not-found");
    }
  }

  /** Plan {@code id} for {@code staff} to edit: readable, and not closed nor beyond their role. */
  Plan editable(StaffPrincipal staff, String id) {
    Plan plan = get(staff, id);
    if (!mayEdit(staff, plan)) {
      throw new ForbiddenException("performance.plan.error.forbidden");
    }
    return plan;
  }

  /** Whether {@code staff} may change {@code plan} now, as a draft edit or a revision. */
  boolean mayEdit(StaffPrincipal staff, Plan plan) {
    boolean manager = plans.canManage(staff, plan.agencyCode());
    boolean head =
        staff.has(Role.AGENCY_HEAD) && staff.agencyCode().value().equals(plan.agencyCode());
    return plan.status().editable() ? manager : plan.status().revisable() && (manager || head);
  }

  /** Stores {@code content} as the plan's new content: a draft edit, or a revision. */
  Plan save(
      StaffPrincipal staff,
      Plan plan,
      int version,
      String title,
      PlanContent content,
      @Nullable String reason) {
    if (plan.status().editable()) {
      return plans.editDraft(staff, plan.id(), version, title, content);
    }
    return plans.revise(staff, plan.id(), version, title, content, reason == null ? "" : reason);
  }

  /** The facts every plan page shows: the plan, its agency's name, its units' names. */
  void describe(Plan plan, StaffPrincipal staff, Model model, Locale locale) {
    model.addAttribute("plan", plan);
    model.addAttribute("agencyName", agencyName(plan.agencyCode(), locale));
    model.addAttribute("unitNames", unitNames.of(new AgencyCode(plan.agencyCode()), locale));
    model.addAttribute("revising", !plan.status().editable());
    model.addAttribute("mayEdit", mayEdit(staff, plan));
    model.addAttribute("partControls", List.of("up", "down", "delete"));
    model.addAttribute("moveControls", List.of("up", "down"));
  }

  String agencyName(String code, Locale locale) {
    return organisation.agency(new AgencyCode(code)).map(a -> a.name().in(locale)).orElse(code);
  }

  /** The unit choices of a practice: each unit of the agency by code, then all units. */
  Map<String, String> unitChoices(String agency, Locale locale) {
    Map<String, String> names = unitNames.of(new AgencyCode(agency), locale);
    Map<String, String> choices = new LinkedHashMap<>();
    organisation
        .units(new AgencyCode(agency))
        .forEach(u -> choices.put(u.code(), names.get(u.code())));
    choices.put(Practice.ALL_UNITS, names.get(Practice.ALL_UNITS));
    return choices;
  }

  /**
   * Records {@code e} on the form (a refusal or an unknown record is rethrown, to answer 403 or
   * 404): each field problem under the form's name for it ({@code fields} answers {@code null} for
   * a problem the form has no field for, shown for the whole form), anything else for the whole
   * form.
   */
  static void reject(
      DomainException e, BindingResult result, Function<String, @Nullable String> fields) {
    if (e instanceof ForbiddenException || e instanceof NotFoundException) {
      throw e;
    }
    if (!(e instanceof InvalidFields invalid)) {
      result.reject(e.messageKey(), e.messageArguments(), null);
      return;
    }
    for (InvalidFields.FieldProblem p : invalid.problems()) {
      String field = p.field().equals("reason") ? "reason" : fields.apply(p.field());
      Object[] args = p.arguments().toArray();
      if (field == null) {
        result.reject(p.messageKey(), args, null);
      } else {
        result.rejectValue(field, p.messageKey(), args, null);
      }
    }
  }

  /** The field of a form of one part at {@code path}: {@code path.x} becomes {@code x}. */
  static Function<String, @Nullable String> under(@Nullable String path, List<String> known) {
    return field -> {
      if (path == null || !field.startsWith(path + ".")) {
        return null;
      }
      String rest = field.substring(path.length() + 1);
      return known.stream().anyMatch(k -> rest.equals(k) || rest.startsWith(k + "[")) ? rest : null;
    };
  }
}
