// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.organisation.UnitKind;
import tw.civicdesk.organisation.UnitNotFoundException;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/** Console forms that add and change the units of an agency. */
@Controller
class UnitConsoleController {

  static final String FORM = "organisation/unit-form";

  private final Organisation organisation;
  private final OrganisationAdministration administration;
  private final FormSupport forms;

  UnitConsoleController(
      Organisation organisation, OrganisationAdministration administration, FormSupport forms) {
    this.organisation = organisation;
    this.administration = administration;
    this.forms = forms;
  }

  @GetMapping("/console/agencies/{code}/units/new")
  String createForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    Agency agency = organisation.agencyManagedBy(staff, code);
    return form(model, agency, new UnitForm(), null, locale);
  }

  @PostMapping("/console/agencies/{code}/units/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @Valid @ModelAttribute("form") UnitForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Agency agency = organisation.agencyManagedBy(staff, code);
    if (!result.hasErrors()) {
      try {
        administration.createUnit(staff, agency.code(), form.toDraft());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/agencies/" + agency.code().value();
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return form(model, agency, form, null, locale);
  }

  @GetMapping("/console/units/{id}/edit")
  String editForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      Model model,
      Locale locale) {
    Unit unit = managedUnit(staff, id);
    return form(
        model, organisation.agencyFor(staff, unit.agencyCode()), UnitForm.of(unit), unit, locale);
  }

  @PostMapping("/console/units/{id}/edit")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @Valid @ModelAttribute("form") UnitForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Unit unit = managedUnit(staff, id);
    if (!result.hasErrors()) {
      try {
        administration.updateUnit(staff, id, form.toDraft(), form.getVersion());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/agencies/" + unit.agencyCode().value();
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return form(model, organisation.agencyFor(staff, unit.agencyCode()), form, unit, locale);
  }

  private String form(Model model, Agency agency, UnitForm form, Unit unit, Locale locale) {
    model.addAttribute("agency", agency);
    model.addAttribute("form", form);
    model.addAttribute("unit", unit);
    model.addAttribute(
        "kindOptions", forms.enumOptions(UnitKind.class, "organisation.unit-kind.", locale));
    return FORM;
  }

  private Unit managedUnit(StaffPrincipal staff, long id) {
    Unit unit = organisation.unitFor(staff, id);
    if (!AccessPolicy.canManage(staff, unit.agencyCode())) {
      throw new UnitNotFoundException();
    }
    return unit;
  }
}
