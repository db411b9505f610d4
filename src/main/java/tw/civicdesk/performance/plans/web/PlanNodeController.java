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
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.plans.Plan;
import tw.civicdesk.performance.plans.PlanContent;
import tw.civicdesk.performance.plans.PlanEdits;
import tw.civicdesk.performance.plans.PlanEdits.Heading;
import tw.civicdesk.performance.plans.PlanNode;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * One heading of a plan's tree at a time: {@code /console/plans/{id}/nodes/new?parent=…} adds one,
 * {@code …/nodes/{nodeId}/edit} changes its own fields; deleting and moving go through {@link
 * PlanPartChanges}. Each change is one draft edit or one revision.
 */
@Controller
class PlanNodeController {

  static final String FORM = "plans/node-form";
  private static final List<String> FIELDS = List.of("title", "kind", "points", "note");

  private final PlanPages pages;
  private final FormSupport forms;

  PlanNodeController(PlanPages pages, FormSupport forms) {
    this.pages = pages;
    this.forms = forms;
  }

  @GetMapping("/console/plans/{id}/nodes/new")
  String add(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String parent,
      Model model,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    PlanNode above = parent(plan, parent);
    model.addAttribute("form", HeadingForm.of(plan.version(), null, kindBelow(plan, above)));
    return show(staff, plan, above, null, model, locale);
  }

  @PostMapping("/console/plans/{id}/nodes/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String parent,
      @ModelAttribute("form") HeadingForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    PlanNode above = parent(plan, parent);
    String nodeId = PlanEdits.newId();
    return store(
        staff,
        plan,
        form,
        result,
        model,
        redirect,
        locale,
        above,
        null,
        heading ->
            PlanEdits.addNode(plan.content(), above == null ? null : above.id(), nodeId, heading),
        nodeId);
  }

  @GetMapping("/console/plans/{id}/nodes/{nodeId}/edit")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String nodeId,
      Model model,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    PlanNode node = node(plan, nodeId);
    model.addAttribute("form", HeadingForm.of(plan.version(), node, node.kind()));
    return show(staff, plan, null, node, model, locale);
  }

  @PostMapping("/console/plans/{id}/nodes/{nodeId}/edit")
  String update(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String nodeId,
      @ModelAttribute("form") HeadingForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    PlanNode node = node(plan, nodeId);
    return store(
        staff,
        plan,
        form,
        result,
        model,
        redirect,
        locale,
        null,
        node,
        heading -> PlanEdits.editNode(plan.content(), node.id(), heading),
        node.id());
  }

  private String store(
      StaffPrincipal staff,
      Plan plan,
      HeadingForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale,
      @Nullable PlanNode above,
      @Nullable PlanNode node,
      java.util.function.Function<Heading, PlanContent> change,
      String nodeId) {
    PlanContent content = plan.content();
    try {
      FormSupport.requireBound(result);
      List<FieldProblem> problems = new ArrayList<>();
      Heading heading = form.heading(problems);
      if (!problems.isEmpty()) {
        throw new InvalidFields(problems);
      }
      content = change.apply(heading);
      pages.save(staff, plan, form.getVersion(), plan.title(), content, form.getReason());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/plans/" + plan.id() + "/edit#part-" + nodeId;
    } catch (DomainException e) {
      String path = PlanEdits.pathOf(content, nodeId).orElse(null);
      PlanPages.reject(
          e,
          result,
          f -> List.of("kind", "points").contains(f) ? f : PlanPages.under(path, FIELDS).apply(f));
      form.setVersion(plan.version());
      return show(staff, plan, above, node, model, locale);
    }
  }

  private String show(
      StaffPrincipal staff,
      Plan plan,
      @Nullable PlanNode parent,
      @Nullable PlanNode node,
      Model model,
      Locale locale) {
    pages.describe(plan, staff, model, locale);
    model.addAttribute("parent", parent);
    model.addAttribute("node", node);
    model.addAttribute(
        "kindChoices", forms.enumOptions(NodeKind.class, "plans.node-kind.", locale));
    return FORM;
  }

  private static @Nullable PlanNode parent(Plan plan, @Nullable String parent) {
    return parent == null || parent.isBlank() ? null : node(plan, parent);
  }

  static PlanNode node(Plan plan, String nodeId) {
    return PlanEdits.node(plan.content(), nodeId)
        .orElseThrow(() -> new NotFoundException("plans.edit.part-not-found"));
  }

  private static NodeKind kindBelow(Plan plan, @Nullable PlanNode above) {
    if (above == null) {
      return plan.frameworkCode() == null ? NodeKind.HEADING : NodeKind.DIMENSION;
    }
    return switch (above.kind()) {
      case DIMENSION -> NodeKind.ITEM;
      case ITEM -> NodeKind.INDICATOR;
      default -> NodeKind.HEADING;
    };
  }
}
