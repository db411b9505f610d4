// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.frameworks.Frameworks;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.web.FormSupport;

/**
 * {@code /console/plans}: the plans and templates the viewer may read, and for a quality officer
 * the forms to draft a new plan (following a framework or the agency's own headings) or to derive
 * one from a supervising agency's published template.
 */
@Controller
class PlanListController {

  static final String PAGE = "plans/list";

  private final PlanPages pages;
  private final Frameworks frameworks;
  private final Organisation organisation;
  private final FormSupport forms;
  private final Clock clock;

  PlanListController(
      PlanPages pages,
      Frameworks frameworks,
      Organisation organisation,
      FormSupport forms,
      Clock clock) {
    this.pages = pages;
    this.frameworks = frameworks;
    this.organisation = organisation;
    this.forms = forms;
    this.clock = clock;
  }

  @GetMapping("/console/plans")
  String list(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
    NewPlanForm form = new NewPlanForm();
    form.setYear(String.valueOf(LocalDate.now(clock).getYear()));
    model.addAttribute("form", form);
    return show(staff, model, locale);
  }

  @PostMapping("/console/plans")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") NewPlanForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    List<FieldProblem> problems = new ArrayList<>();
    int year = year(form, problems);
    if (form.getTitle().isBlank()) {
      problems.add(new FieldProblem("title", "performance.plan.error.title", List.of(300)));
    }
    PlanKind kind = "TEMPLATE".equals(form.getKind()) ? PlanKind.TEMPLATE : PlanKind.PLAN;
    String framework = form.getFramework().isBlank() ? null : form.getFramework();
    PlanContent content =
        framework != null
            ? null
            : new PlanContent(
                List.of(), List.of(), List.of(), form.levelList(), List.of(), List.of());
    try {
      FormSupport.requireBound(result);
      if (!problems.isEmpty()) {
        throw new InvalidFields(problems);
      }
      Plan plan =
          pages
              .plans()
              .create(
                  staff,
                  new Plans.NewPlan(
                      staff.agencyCode().value(),
                      year,
                      kind,
                      form.getTitle().strip(),
                      framework,
                      content));
      return "redirect:/console/plans/" + plan.id() + "/edit";
    } catch (DomainException e) {
      PlanPages.reject(
          e, result, f -> List.of("year", "title", "kind", "framework").contains(f) ? f : null);
      return show(staff, model, locale);
    }
  }

  /** The form's four-digit year, or 0 with a problem. */
  private static int year(NewPlanForm form, List<FieldProblem> problems) {
    if (form.getYear().strip().matches("\\d{4}")) {
      return Integer.parseInt(form.getYear().strip());
    }
    problems.add(new FieldProblem("year", "performance.api.error.year", List.of()));
    return 0;
  }

  @PostMapping("/console/plans/derive")
  String derive(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("deriveForm") NewPlanForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    try {
      FormSupport.requireBound(result);
      long template =
          form.getTemplateId().matches("\\d{1,18}") ? Long.parseLong(form.getTemplateId()) : -1;
      Plan plan = pages.plans().derive(staff, template);
      return "redirect:/console/plans/" + plan.id() + "/edit";
    } catch (DomainException e) {
      if (e instanceof tw.civicdesk.platform.error.ForbiddenException) {
        throw e;
      }
      result.rejectValue("templateId", e.messageKey(), e.messageArguments(), null);
      return show(staff, model, locale);
    }
  }

  private String show(StaffPrincipal staff, Model model, Locale locale) {
    Plans plans = pages.plans();
    String agency = staff.agencyCode().value();
    List<Plan> visible = plans.visibleTo(staff);
    model.addAttribute("plans", visible);
    model.addAttribute(
        "agencyNames",
        visible.stream()
            .map(Plan::agencyCode)
            .distinct()
            .collect(java.util.stream.Collectors.toMap(c -> c, c -> pages.agencyName(c, locale))));
    boolean manager = plans.canManage(staff, agency);
    model.addAttribute("mayCreate", manager);
    model.addAttribute(
        "mayIssueTemplates", manager && !organisation.descendantsOf(staff.agencyCode()).isEmpty());
    addChoices(model, manager ? plans.templatesAbove(agency) : List.of(), locale);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new NewPlanForm());
    }
    if (!model.containsAttribute("deriveForm")) {
      model.addAttribute("deriveForm", new NewPlanForm());
    }
    return PAGE;
  }

  /** The choices of the two forms: kinds, frameworks, and the {@code templates} to derive from. */
  private void addChoices(Model model, List<Plan> templates, Locale locale) {
    model.addAttribute(
        "kindChoices", forms.enumOptions(PlanKind.class, "performance.plan.kind.", locale));
    model.addAttribute(
        "frameworkChoices",
        forms.options(
            frameworks.all(),
            f -> f.code(),
            f -> f.name().in(locale),
            "plans.new.own-headings",
            locale));
    model.addAttribute(
        "templateChoices",
        forms.options(
            templates,
            t -> String.valueOf(t.id()),
            t -> t.year() + " " + t.title() + " (" + pages.agencyName(t.agencyCode(), locale) + ")",
            "plans.derive.choose",
            locale));
    model.addAttribute("hasTemplates", !templates.isEmpty());
  }
}
