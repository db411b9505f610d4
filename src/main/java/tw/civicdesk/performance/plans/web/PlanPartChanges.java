// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans.web;

import java.util.Locale;
import java.util.function.UnaryOperator;
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
import tw.civicdesk.performance.plans.PlanEdits.Direction;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * Deleting a heading or practice, or moving it one place up or down. In a draft the edit page's
 * buttons post here directly; after approval the edit page links to the GET of the same address, a
 * page asking for the revision's reason, which posts here.
 */
@Controller
class PlanPartChanges {

  static final String PAGE = "plans/change";

  private final PlanPages pages;

  PlanPartChanges(PlanPages pages) {
    this.pages = pages;
  }

  @GetMapping({
    "/console/plans/{id}/nodes/{partId}/{change}",
    "/console/plans/{id}/practices/{partId}/{change}"
  })
  String confirm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String partId,
      @PathVariable String change,
      @ModelAttribute("form") ChangeForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    Part part = Part.of(plan, partId, change, form.getDirection());
    form.setVersion(plan.version());
    return show(staff, plan, part, model, locale);
  }

  @PostMapping({
    "/console/plans/{id}/nodes/{partId}/{change}",
    "/console/plans/{id}/practices/{partId}/{change}"
  })
  String apply(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String partId,
      @PathVariable String change,
      @ModelAttribute("form") ChangeForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    Plan plan = pages.editable(staff, id);
    Part part = Part.of(plan, partId, change, form.getDirection());
    try {
      FormSupport.requireBound(result);
      pages.save(
          staff,
          plan,
          form.getVersion(),
          plan.title(),
          part.edit().apply(plan.content()),
          form.getReason());
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/plans/"
          + plan.id()
          + "/edit"
          + (part.delete() ? "" : "#part-" + partId);
    } catch (DomainException e) {
      PlanPages.reject(e, result, f -> null);
      form.setVersion(plan.version());
      return show(staff, plan, part, model, locale);
    }
  }

  private String show(StaffPrincipal staff, Plan plan, Part part, Model model, Locale locale) {
    pages.describe(plan, staff, model, locale);
    model.addAttribute("part", part);
    return PAGE;
  }

  /**
   * The part changed and how: {@code change} is {@code delete} or {@code move} (with {@code
   * direction} {@code up} or {@code down}); anything else is not found.
   */
  public record Part(
      String id,
      boolean node,
      String title,
      boolean delete,
      Direction direction,
      UnaryOperator<PlanContent> edit) {

    static Part of(Plan plan, String partId, String change, String direction) {
      boolean node = PlanEdits.node(plan.content(), partId).isPresent();
      String title =
          node
              ? PlanNodeController.node(plan, partId).title()
              : PlanPracticeController.practice(plan, partId).text();
      Direction d = "up".equalsIgnoreCase(direction) ? Direction.UP : Direction.DOWN;
      boolean delete =
          switch (change) {
            case "delete" -> true;
            case "move" -> false;
            default ->
                throw new tw.civicdesk.platform.error.NotFoundException(
                    "plans.edit.part-not-found");
          };
      UnaryOperator<PlanContent> edit =
          delete
              ? c -> node ? PlanEdits.removeNode(c, partId) : PlanEdits.removePractice(c, partId)
              : c -> node ? PlanEdits.moveNode(c, partId, d) : PlanEdits.movePractice(c, partId, d);
      return new Part(partId, node, title, delete, d, edit);
    }
  }
}
