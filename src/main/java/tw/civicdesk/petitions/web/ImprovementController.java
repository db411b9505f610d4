// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import jakarta.servlet.http.HttpServletResponse;
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
import tw.civicdesk.petitions.statistics.ImprovementAction;
import tw.civicdesk.petitions.statistics.ImprovementActions;
import tw.civicdesk.petitions.statistics.ImprovementStatus;
import tw.civicdesk.petitions.statistics.StatisticsAccess;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * Recording an improvement action and tracking it to done ({@code
 * /console/petitions/improvements/new}, {@code /console/petitions/improvements/{id}}), for the
 * quality officers of the agency; everyone else gets 403.
 */
@Controller
class ImprovementController {

  static final String FORM = "petitions/improvement";
  private static final String BACK = "redirect:/console/petitions/statistics#improvements";

  private final ImprovementActions actions;
  private final RulePages pages;
  private final FormSupport forms;

  ImprovementController(ImprovementActions actions, RulePages pages, FormSupport forms) {
    this.actions = actions;
    this.pages = pages;
    this.forms = forms;
  }

  @GetMapping("/console/petitions/improvements/new")
  String createForm(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
    require(staff);
    return page(staff, model, new ImprovementForm(), null, locale);
  }

  @PostMapping("/console/petitions/improvements/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") ImprovementForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    require(staff);
    try {
      FormSupport.requireBound(result);
      actions.create(staff, form.toDraft());
      redirect.addFlashAttribute("actionSaved", true);
      return BACK;
    } catch (DomainException e) {
      return refused(staff, e, form, null, result, model, locale, response);
    }
  }

  @GetMapping("/console/petitions/improvements/{id}")
  String editForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      Model model,
      Locale locale) {
    ImprovementAction action = existing(staff, id);
    return page(staff, model, ImprovementForm.of(action), action, locale);
  }

  @PostMapping("/console/petitions/improvements/{id}")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @ModelAttribute("form") ImprovementForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ImprovementAction action = existing(staff, id);
    try {
      FormSupport.requireBound(result);
      actions.update(staff, id, form.toDraft(), form.getVersion());
      redirect.addFlashAttribute("actionSaved", true);
      return BACK;
    } catch (DomainException e) {
      return refused(staff, e, form, action, result, model, locale, response);
    }
  }

  private String refused(
      StaffPrincipal staff,
      DomainException e,
      ImprovementForm form,
      @Nullable ImprovementAction action,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    if (!(e instanceof FormSupport.FormNotBound)) {
      FormSupport.reject(e, result);
    }
    response.setStatus(422);
    return page(staff, model, form, action, locale);
  }

  private static void require(StaffPrincipal staff) {
    if (!StatisticsAccess.mayManageActions(staff, staff.agencyCode())) {
      throw new ForbiddenException("petition-admin.improvement.not-for-you");
    }
  }

  /**
   * The action {@code id} of the staff member's own agency: another agency's, or none, is 404 for
   * everyone (ADR 0025); only then may a role without the right to manage actions be refused (403).
   */
  private ImprovementAction existing(StaffPrincipal staff, long id) {
    ImprovementAction action =
        actions
            .find(staff.agencyCode(), id)
            .orElseThrow(
                () ->
                    new tw.civicdesk.platform.error.NotFoundException(
                        "petition-admin.improvement.not-found"));
    require(staff);
    return action;
  }

  private String page(
      StaffPrincipal staff,
      Model model,
      ImprovementForm form,
      @Nullable ImprovementAction action,
      Locale locale) {
    var units = pages.unitNames(model, staff.agencyCode(), locale);
    model.addAttribute(
        "unitOptions",
        forms.options(
            units,
            u -> Long.toString(u.id()),
            u -> u.name().in(locale),
            "petition-admin.choose",
            locale));
    model.addAttribute(
        "statusOptions",
        forms.enumOptions(ImprovementStatus.class, "petition-admin.improvement.status.", locale));
    model.addAttribute("form", form);
    model.addAttribute("action", action);
    return FORM;
  }
}
