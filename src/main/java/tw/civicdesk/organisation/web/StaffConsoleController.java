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
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffAccounts;
import tw.civicdesk.organisation.StaffMember;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.web.FormSupport;

/** Console forms that open and change staff accounts and reset their passwords. */
@Controller
class StaffConsoleController {

  static final String FORM = "organisation/staff-form";

  private final Organisation organisation;
  private final StaffAccounts accounts;
  private final FormSupport forms;

  StaffConsoleController(Organisation organisation, StaffAccounts accounts, FormSupport forms) {
    this.organisation = organisation;
    this.accounts = accounts;
    this.forms = forms;
  }

  @GetMapping("/console/agencies/{code}/staff/new")
  String createForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    return form(
        model, staff, organisation.agencyManagedBy(staff, code), new StaffForm(), null, locale);
  }

  @PostMapping("/console/agencies/{code}/staff/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @Valid @ModelAttribute("form") StaffForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Agency agency = organisation.agencyManagedBy(staff, code);
    if (!result.hasErrors()) {
      try {
        accounts.create(staff, agency.code(), form.toDraft(), form.getPassword());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/agencies/" + agency.code().value();
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    form.setPassword("");
    return form(model, staff, agency, form, null, locale);
  }

  @GetMapping("/console/staff/{id}/edit")
  String editForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      Model model,
      Locale locale) {
    StaffMember member = organisation.staffMemberFor(staff, id);
    return form(
        model,
        staff,
        organisation.agencyFor(staff, member.agencyCode()),
        StaffForm.of(member),
        member,
        locale);
  }

  @PostMapping("/console/staff/{id}/edit")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @Valid @ModelAttribute("form") StaffForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    StaffMember member = organisation.staffMemberFor(staff, id);
    form.setUsername(member.username());
    if (!result.hasErrors()) {
      try {
        accounts.update(staff, id, form.toDraft(), form.getVersion(), form.getPassword());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/agencies/" + member.agencyCode().value();
      } catch (NotFoundException e) {
        throw e; // out of reach (e.g. raising one's own roles): 404, not a form error
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    form.setPassword("");
    return form(
        model, staff, organisation.agencyFor(staff, member.agencyCode()), form, member, locale);
  }

  private String form(
      Model model,
      StaffPrincipal actor,
      Agency agency,
      StaffForm form,
      StaffMember member,
      Locale locale) {
    model.addAttribute("agency", agency);
    model.addAttribute("form", form);
    model.addAttribute("member", member);
    model.addAttribute("minPasswordLength", StaffAccounts.MIN_PASSWORD_LENGTH);
    model.addAttribute(
        "unitOptions",
        forms.options(
            organisation.units(agency.code()),
            u -> Long.toString(u.id()),
            u -> u.name().in(locale),
            "organisation.staff.no-unit",
            locale));
    model.addAttribute(
        "grantableRoles",
        java.util.Arrays.stream(Role.values())
            .filter(AccessPolicy.grantableRoles(actor)::contains)
            .toList());
    return FORM;
  }
}
