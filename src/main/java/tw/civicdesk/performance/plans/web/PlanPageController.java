// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanAction;
import tw.civicdesk.performance.plans.PlanChanges;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanHistoryEntry;
import tw.civicdesk.performance.plans.PlanKind;
import tw.civicdesk.performance.plans.PlanPageSection;
import tw.civicdesk.performance.plans.PlanStatus;
import tw.civicdesk.performance.plans.Plans;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * {@code /console/plans/{id}}: the whole plan as its document, with its state and the lifecycle
 * steps the viewer's roles allow now (each a POST naming the version it was read at); and {@code
 * /console/plans/{id}/history}: every step and revision, what each revision changed and the content
 * before it. A plan past its draft also links its monitoring, evaluation and report pages and shows
 * what the other rooms add to it ({@link PlanPageSection}: the indicators with target, actual and
 * trend). Closing (結案) cannot be undone, so its first POST only shows a page asking to confirm; the
 * plan is closed by the POST from that page, which carries {@code confirm=true}.
 */
@Controller
class PlanPageController {

  static final String PAGE = "plans/plan";
  static final String HISTORY = "plans/history";
  static final String CONFIRM_CLOSE = "plans/confirm-close";

  private final PlanPages pages;
  private final List<PlanPageSection> sections;

  PlanPageController(PlanPages pages, List<PlanPageSection> sections) {
    this.pages = pages;
    this.sections = sections;
  }

  @GetMapping("/console/plans/{id}")
  String page(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      Model model,
      Locale locale) {
    Plan plan = pages.get(staff, id);
    ChangeForm form = new ChangeForm();
    form.setVersion(plan.version());
    model.addAttribute("form", form);
    return show(staff, plan, model, locale);
  }

  @PostMapping("/console/plans/{id}/actions/{action}")
  String act(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String action,
      @ModelAttribute("form") ChangeForm form,
      BindingResult result,
      @RequestParam(name = "confirm", required = false) @Nullable String confirm,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Plan plan = pages.get(staff, id);
    PlanAction step = lifecycle(action);
    try {
      FormSupport.requireBound(result);
      if (step == PlanAction.CLOSE && !"true".equals(confirm)) {
        pages.describe(plan, staff, model, locale);
        return CONFIRM_CLOSE;
      }
      pages.plans().take(staff, plan.id(), form.getVersion(), step, form.getApprovalRef());
      redirect.addFlashAttribute("done", step.name());
      return "redirect:/console/plans/" + plan.id();
    } catch (DomainException e) {
      PlanPages.reject(e, result, f -> null);
      Plan now = pages.get(staff, id);
      form.setVersion(now.version());
      return show(staff, now, model, locale);
    }
  }

  @GetMapping("/console/plans/{id}/history")
  String history(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      Model model,
      Locale locale) {
    Plan plan = pages.get(staff, id);
    List<PlanHistoryEntry> entries = pages.plans().history(staff, plan.id());
    List<Revision> revisions = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      PlanHistoryEntry e = entries.get(i);
      if (e.action() == PlanAction.REVISE && e.contentBefore() != null) {
        revisions.add(
            new Revision(
                e,
                e.contentBefore(),
                PlanChanges.between(e.contentBefore(), after(entries, i, plan))));
      }
    }
    pages.describe(plan, staff, model, locale);
    model.addAttribute("entries", entries);
    model.addAttribute("revisions", revisions);
    return HISTORY;
  }

  /** A revision with the content it replaced and what it changed. */
  public record Revision(PlanHistoryEntry entry, PlanContent before, PlanChanges changes) {}

  /** The content right after entry {@code i}: before the next revision, or the current one. */
  private static PlanContent after(List<PlanHistoryEntry> entries, int i, Plan plan) {
    for (int j = i + 1; j < entries.size(); j++) {
      if (entries.get(j).action() == PlanAction.REVISE && entries.get(j).contentBefore() != null) {
        return entries.get(j).contentBefore();
      }
    }
    return plan.content();
  }

  private String show(StaffPrincipal staff, Plan plan, Model model, Locale locale) {
    Plans plans = pages.plans();
    pages.describe(plan, staff, model, locale);
    boolean manager = plans.canManage(staff, plan.agencyCode());
    boolean head =
        staff.has(Role.AGENCY_HEAD) && staff.agencyCode().value().equals(plan.agencyCode());
    model.addAttribute(
        "actions",
        List.of(PlanAction.APPROVE, PlanAction.PUBLISH, PlanAction.START, PlanAction.CLOSE).stream()
            .filter(a -> plan.status().after(a).isPresent())
            .filter(a -> a == PlanAction.APPROVE ? head : manager)
            .map(PlanAction::name)
            .toList());
    Plan template =
        plan.templateId() == null
            ? null
            : plans
                .byId(plan.templateId())
                .filter(t -> t.status().isPublic() || plans.canRead(staff, t))
                .orElse(null);
    model.addAttribute("template", template);
    model.addAttribute(
        "templateAgencyName",
        template == null ? "" : pages.agencyName(template.agencyCode(), locale));
    List<Plan> derived = plans.derivedFrom(staff, plan.id());
    model.addAttribute("derived", derived);
    boolean working = plan.kind() == PlanKind.PLAN && plan.status() != PlanStatus.DRAFT;
    model.addAttribute("working", working);
    if (working) {
      sections.forEach(s -> s.describe(plan, model));
    }
    model.addAttribute(
        "derivedNames",
        derived.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Plan::agencyCode, p -> pages.agencyName(p.agencyCode(), locale), (a, b) -> a)));
    return PAGE;
  }

  private static PlanAction lifecycle(String raw) {
    for (PlanAction a :
        List.of(PlanAction.APPROVE, PlanAction.PUBLISH, PlanAction.START, PlanAction.CLOSE)) {
      if (a.name().equalsIgnoreCase(raw)) {
        return a;
      }
    }
    throw new NotFoundException("performance.plan.not-found");
  }
}
