// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * One practice of a plan at a time: {@code /console/plans/{id}/nodes/{nodeId}/practices/new} adds
 * one under a heading, {@code /console/plans/{id}/practices/{practiceId}/edit} changes it: text,
 * deadline, units, outcome, indicators with targets.
 */
@Controller
class PlanPracticeController {

  static final String FORM = "plans/practice-form";
  private static final List<String> FIELDS = List.of("text", "units", "outcome", "indicators");
  private static final Pattern INDICATOR = Pattern.compile("indicators\\[(\\d+)](\\..+)");

  private final PlanPages pages;

  PlanPracticeController(PlanPages pages) {
    this.pages = pages;
  }

  @GetMapping("/console/plans/{id}/nodes/{nodeId}/practices/new")
  String add(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String nodeId,
      Model model,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    PlanNode node = PlanNodeController.node(plan, nodeId);
    model.addAttribute("form", PracticeForm.of(plan.version(), null));
    return show(staff, plan, node, null, model, locale);
  }

  @PostMapping("/console/plans/{id}/nodes/{nodeId}/practices/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String nodeId,
      @ModelAttribute("form") PracticeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    PlanNode node = PlanNodeController.node(plan, nodeId);
    String practiceId = PlanEdits.newId();
    return store(
        staff,
        plan,
        form,
        result,
        model,
        redirect,
        locale,
        node,
        null,
        p -> PlanEdits.addPractice(plan.content(), node.id(), withId(practiceId, p)),
        practiceId);
  }

  @GetMapping("/console/plans/{id}/practices/{practiceId}/edit")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String practiceId,
      Model model,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    Practice practice = practice(plan, practiceId);
    model.addAttribute("form", PracticeForm.of(plan.version(), practice));
    return show(staff, plan, holder(plan, practiceId), practice, model, locale);
  }

  @PostMapping("/console/plans/{id}/practices/{practiceId}/edit")
  String update(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String practiceId,
      @ModelAttribute("form") PracticeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    Practice practice = practice(plan, practiceId);
    return store(
        staff,
        plan,
        form,
        result,
        model,
        redirect,
        locale,
        holder(plan, practiceId),
        practice,
        p -> PlanEdits.editPractice(plan.content(), practice.id(), p),
        practice.id());
  }

  private String store(
      StaffPrincipal staff,
      Plan plan,
      PracticeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale,
      PlanNode holder,
      @Nullable Practice practice,
      Function<Practice, PlanContent> change,
      String practiceId) {
    PlanContent content = plan.content();
    try {
      FormSupport.requireBound(result);
      List<FieldProblem> problems = new ArrayList<>();
      Practice typed = form.practice(problems);
      if (!problems.isEmpty()) {
        throw new InvalidFields(problems);
      }
      content = change.apply(typed);
      pages.save(staff, plan, form.getVersion(), plan.title(), content, form.getReason());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/plans/" + plan.id() + "/edit#part-" + practiceId;
    } catch (DomainException e) {
      String path = PlanEdits.pathOf(content, practiceId).orElse(null);
      PlanPages.reject(e, result, f -> field(form, path, f));
      form.setVersion(plan.version());
      return show(staff, plan, holder, practice, model, locale);
    }
  }

  /** The form's field for a problem: its own fields as they are, content paths mapped. */
  private static @Nullable String field(PracticeForm form, @Nullable String path, String f) {
    if (f.equals("deadlineDate") || f.startsWith("indicators[") && path == null) {
      return f;
    }
    String rest = PlanPages.under(path, FIELDS).apply(f);
    if (rest == null) {
      return f.startsWith("indicators[") ? f : null;
    }
    Matcher m = INDICATOR.matcher(rest);
    return m.matches()
        ? "indicators[" + form.indicatorRow(Integer.parseInt(m.group(1))) + "]" + m.group(2)
        : rest;
  }

  private String show(
      StaffPrincipal staff,
      Plan plan,
      PlanNode holder,
      @Nullable Practice practice,
      Model model,
      Locale locale) {
    pages.describe(plan, staff, model, locale);
    model.addAttribute("holder", holder);
    model.addAttribute("practice", practice);
    model.addAttribute("deadlineKinds", PracticeForm.DEADLINE_KINDS);
    model.addAttribute("unitChoices", pages.unitChoices(plan.agencyCode(), locale));
    return FORM;
  }

  private static Practice withId(String id, Practice p) {
    return new Practice(id, p.text(), p.deadline(), p.units(), p.outcome(), p.indicators());
  }

  static Practice practice(Plan plan, String practiceId) {
    return plan.content()
        .practice(practiceId)
        .orElseThrow(() -> new NotFoundException("plans.edit.part-not-found"));
  }

  private static PlanNode holder(Plan plan, String practiceId) {
    return PlanEdits.holderOf(plan.content(), practiceId)
        .orElseThrow(() -> new NotFoundException("plans.edit.part-not-found"));
  }
}
