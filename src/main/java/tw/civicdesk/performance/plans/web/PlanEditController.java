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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanEdits;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.web.FormSupport;

/**
 * {@code /console/plans/{id}/edit}: the plan's header (title, basis letters, goals, scope, level
 * names, sections) as one form, and its tree with a link or button for every change to one heading
 * or practice. While the plan is a draft the quality officer edits it freely; after approval every
 * change asks for its reason and is recorded as a revision.
 */
@Controller
class PlanEditController {

  static final String PAGE = "plans/edit";

  private final PlanPages pages;

  PlanEditController(PlanPages pages) {
    this.pages = pages;
  }

  @GetMapping("/console/plans/{id}/edit")
  String page(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      Model model,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    model.addAttribute("form", HeaderForm.of(plan.version(), plan.title(), plan.content()));
    return show(staff, plan, model, locale);
  }

  @PostMapping("/console/plans/{id}/edit")
  String save(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @ModelAttribute("form") HeaderForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    try {
      FormSupport.requireBound(result);
      List<FieldProblem> problems = new ArrayList<>();
      PlanContent content =
          PlanEdits.withHeader(
              plan.content(),
              form.basisLetters(problems),
              form.goalList(),
              form.scopeList(),
              form.levelList(),
              form.sectionList());
      if (!problems.isEmpty()) {
        throw new InvalidFields(problems);
      }
      pages.save(
          staff, plan, form.getVersion(), form.getTitle().strip(), content, form.getReason());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/plans/" + plan.id() + "/edit";
    } catch (DomainException e) {
      PlanPages.reject(e, result, f -> field(form, f));
      form.setVersion(plan.version());
      return show(staff, plan, model, locale);
    }
  }

  /** The header form's field for a content path, or {@code null} for the whole form. */
  private static @Nullable String field(HeaderForm form, String path) {
    if (path.equals("title")) {
      return "title";
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("basis\\[(\\d+)]\\.(text|date)").matcher(path);
    if (m.matches()) {
      int row =
          path.endsWith(".date")
              ? Integer.parseInt(m.group(1))
              : form.basisRow(Integer.parseInt(m.group(1)));
      return "basis[" + row + "]." + m.group(2);
    }
    return null;
  }

  private String show(StaffPrincipal staff, Plan plan, Model model, Locale locale) {
    pages.describe(plan, staff, model, locale);
    return PAGE;
  }
}
