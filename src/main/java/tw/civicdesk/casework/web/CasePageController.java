// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

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
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The console's case page: the case's state, links, child cases, form values (addresses and
 * national IDs masked), attachments and history; the applicant and the unmasked form values only on
 * request (each view audited, ADR 0028). The steps the staff member may take now are listed as
 * choices; choosing one ({@code ?action=decide}) shows that step's form alone. An irreversible step
 * (decide, close, withdraw, transfer, merge) is first checked without changing anything and shown
 * on a check-and-confirm page; only a second post with {@code confirm=true} takes it. A refused or
 * overtaken step shows the case as it now is, with an error summary, each error beside its field
 * and everything the officer typed.
 */
@Controller
class CasePageController {

  static final String PAGE = "casework/case";
  static final String CONFIRM = "casework/confirm";

  private final CaseEngine work;
  private final CaseSteps steps;
  private final CasePageModel pages;
  private final SupplementPeriod period;

  CasePageController(
      CaseEngine work, CaseSteps steps, CasePageModel pages, SupplementPeriod period) {
    this.work = work;
    this.steps = steps;
    this.pages = pages;
    this.period = period;
  }

  @GetMapping("/console/cases/{number}")
  String page(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @RequestParam(name = "action", required = false) @Nullable String action,
      Model model,
      Locale locale) {
    Case c = work.get(CaseStaff.number(number), staff);
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new ActionForm(c.version(), period.defaultDays()));
    }
    return pages.show(staff, c, action, model, locale);
  }

  @PostMapping("/console/cases/{number}/applicant")
  String applicant(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      Model model,
      Locale locale) {
    CaseNumber n = CaseStaff.number(number);
    Case c = work.get(n, staff);
    List<FormField> fields = pages.formFields(c);
    CaseEngine.PersonalData shown =
        work.personalData(
            n,
            staff,
            c.service() == null ? CasePageModel.PLACE_FIELDS : FormValues.personal(fields));
    model.addAttribute("applicant", shown.applicant());
    model.addAttribute("applicantShown", true);
    model.addAttribute("revealedValues", FormValues.revealed(shown.fields(), fields, locale));
    return page(staff, number, null, model, locale);
  }

  /**
   * Takes a step ({@code take}: assigns the case to the staff member themselves). An irreversible
   * one without {@code confirm=true} is checked and shown for confirmation, and nothing changes;
   * {@code change} goes back to its form with the values kept.
   */
  @PostMapping("/console/cases/{number}/actions/{action}")
  String act(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @PathVariable String action,
      @ModelAttribute("form") ActionForm form,
      BindingResult result,
      @RequestParam(name = "confirm", required = false) @Nullable String confirm,
      @RequestParam(name = "change", required = false) @Nullable String change,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    CaseNumber n = CaseStaff.number(number);
    CaseAction step = ActionChoice.parse(action).orElseThrow(CaseWork.CaseNotFound::new);
    boolean take = ActionChoice.TAKE.equalsIgnoreCase(action);
    if (change != null) {
      return pages.show(staff, work.get(n, staff), action, model, locale);
    }
    String elsewhere =
        step == CaseAction.DECIDE ? pages.decideHref(staff, work.get(n, staff), locale) : null;
    if (elsewhere != null) {
      return "redirect:" + elsewhere;
    }
    try {
      FormSupport.requireBound(result);
      if (take) {
        form.setOfficer(staff.getUsername());
      }
      if (ActionChoice.IRREVERSIBLE.contains(step) && !"true".equals(confirm)) {
        steps.rehearse(staff, n, step, form);
        return pages.confirm(staff, work.get(n, staff), action, form, model, locale);
      }
      steps.take(staff, n, step, form);
      redirect.addFlashAttribute("done", take ? ActionChoice.TAKE : step.name());
      // A case handed to another unit may be out of the staff member's reach now.
      return step == CaseAction.REROUTE
          ? "redirect:/console/cases"
          : "redirect:/console/cases/" + n.value();
    } catch (DomainException e) {
      FormSupport.reject(e, result);
      Case now = work.get(n, staff);
      form.setVersion(now.version());
      model.addAttribute("failedAction", step.name());
      return pages.show(staff, now, action, model, locale);
    }
  }
}
