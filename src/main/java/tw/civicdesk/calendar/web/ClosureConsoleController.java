// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import tw.civicdesk.calendar.CalendarAdministration;
import tw.civicdesk.calendar.ClosureKind;
import tw.civicdesk.calendar.DuplicateClosure;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/** An agency's closure days (typhoon 停止上班, full or half day): list, add, remove. */
@Controller
class ClosureConsoleController {

  static final String VIEW = "calendar/closures";

  private final CalendarAdministration administration;
  private final Organisation organisation;
  private final FormSupport forms;
  private final Clock clock;

  ClosureConsoleController(
      CalendarAdministration administration,
      Organisation organisation,
      FormSupport forms,
      Clock clock) {
    this.administration = administration;
    this.organisation = organisation;
    this.forms = forms;
    this.clock = clock;
  }

  @GetMapping("/console/calendar/closures/{code}")
  String list(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam(required = false) @Nullable Integer year,
      Model model,
      Locale locale) {
    Agency agency = organisation.agencyManagedBy(staff, code);
    return page(model, agency, new ClosureForm(), year, locale);
  }

  @PostMapping("/console/calendar/closures/{code}")
  String add(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @Valid @ModelAttribute("form") ClosureForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Agency agency = organisation.agencyManagedBy(staff, code);
    if (!result.hasErrors() && form.getDay() != null) {
      try {
        administration.addClosure(
            agency.code(),
            form.getDay(),
            form.getKind(),
            form.getReason().strip(),
            staff.getUsername());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/calendar/closures/"
            + agency.code().value()
            + "?year="
            + form.getDay().getYear();
      } catch (DuplicateClosure e) {
        result.rejectValue("day", e.messageKey(), e.messageArguments(), null);
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return page(
        model, agency, form, form.getDay() == null ? null : form.getDay().getYear(), locale);
  }

  @PostMapping("/console/calendar/closures/{code}/{id}/delete")
  String remove(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable Integer year,
      RedirectAttributes redirect) {
    Agency agency = organisation.agencyManagedBy(staff, code);
    administration.removeClosure(agency.code(), id);
    redirect.addFlashAttribute("removed", true);
    return "redirect:/console/calendar/closures/"
        + agency.code().value()
        + (year == null ? "" : "?year=" + year);
  }

  private String page(
      Model model, Agency agency, ClosureForm form, @Nullable Integer year, Locale locale) {
    int shown = year == null || year < 1900 || year > 2200 ? LocalDate.now(clock).getYear() : year;
    model.addAttribute("agency", agency);
    model.addAttribute("year", shown);
    model.addAttribute("closures", administration.closures(agency.code(), shown));
    model.addAttribute("form", form);
    model.addAttribute(
        "kindOptions", forms.enumOptions(ClosureKind.class, "calendar.closure-kind.", locale));
    return VIEW;
  }
}
