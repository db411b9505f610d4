// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
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
import tw.civicdesk.organisation.AgencyNotFoundException;
import tw.civicdesk.organisation.AgencyType;
import tw.civicdesk.organisation.ClosurePolicy;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.web.FormSupport;

/** Console pages for agencies: the list, one agency, and the create and edit forms. */
@Controller
class AgencyConsoleController {

  static final String LIST = "organisation/agencies";
  static final String DETAIL = "organisation/agency";
  static final String FORM = "organisation/agency-form";

  private final Organisation organisation;
  private final OrganisationAdministration administration;
  private final FormSupport forms;
  private final MessageSource messages;

  AgencyConsoleController(
      Organisation organisation,
      OrganisationAdministration administration,
      FormSupport forms,
      MessageSource messages) {
    this.organisation = organisation;
    this.administration = administration;
    this.forms = forms;
    this.messages = messages;
  }

  @GetMapping("/console/agencies")
  String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    List<Agency> agencies = organisation.agenciesFor(staff);
    model.addAttribute("agencies", agencies);
    // The parent is named, not coded; an agency's parent is public, even if out of the list.
    Map<String, BilingualText> parents = new HashMap<>();
    agencies.stream()
        .map(Agency::parentCode)
        .filter(Objects::nonNull)
        .distinct()
        .forEach(p -> organisation.agency(p).ifPresent(a -> parents.put(p.value(), a.name())));
    model.addAttribute("parentNames", parents);
    model.addAttribute("canCreate", AccessPolicy.isSystemAdmin(staff));
    return LIST;
  }

  @GetMapping("/console/agencies/{code}")
  String detail(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String code, Model model) {
    Agency agency = organisation.agencyFor(staff, code);
    boolean manage = AccessPolicy.canManage(staff, agency.code());
    model.addAttribute("agency", agency);
    model.addAttribute("units", organisation.units(agency.code()));
    model.addAttribute("canManage", manage);
    model.addAttribute("closurePolicy", organisation.closurePolicy(agency.code()));
    var members = manage ? organisation.staffOf(staff, agency.code()) : null;
    model.addAttribute("staffMembers", members);
    // Accounts holding a role the viewer may not grant are listed without an edit link.
    model.addAttribute(
        "editableStaff",
        members == null
            ? java.util.Set.of()
            : members.stream()
                .filter(m -> AccessPolicy.canManageAccount(staff, m))
                .map(m -> m.id())
                .collect(java.util.stream.Collectors.toSet()));
    return DETAIL;
  }

  @GetMapping("/console/agencies/new")
  String createForm(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
    requireSystemAdmin(staff);
    return form(model, new AgencyForm(), true, locale);
  }

  @PostMapping("/console/agencies/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Valid @ModelAttribute("form") AgencyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    requireSystemAdmin(staff);
    if (!result.hasErrors()) {
      try {
        Agency created = administration.createAgency(staff, form.toDraft());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/agencies/" + created.code().value();
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return form(model, form, true, locale);
  }

  @GetMapping("/console/agencies/{code}/edit")
  String editForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    Agency agency = organisation.agencyManagedBy(staff, code);
    return form(model, AgencyForm.of(agency), false, locale);
  }

  @PostMapping("/console/agencies/{code}/edit")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @Valid @ModelAttribute("form") AgencyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Agency agency = organisation.agencyManagedBy(staff, code);
    form.setCode(agency.code().value());
    if (!result.hasErrors()) {
      try {
        administration.updateAgency(staff, form.toDraft(), form.getVersion());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/agencies/" + agency.code().value();
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return form(model, form, false, locale);
  }

  private String form(Model model, AgencyForm form, boolean creating, Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("creating", creating);
    model.addAttribute(
        "typeOptions", forms.enumOptions(AgencyType.class, "organisation.agency-type.", locale));
    Map<String, String> policies = new LinkedHashMap<>();
    policies.put(
        "",
        messages.getMessage(
            "organisation.closure-policy.default",
            new Object[] {
              messages.getMessage(
                  "organisation.closure-policy." + organisation.defaultClosurePolicy(),
                  null,
                  locale)
            },
            locale));
    policies.putAll(forms.enumOptions(ClosurePolicy.class, "organisation.closure-policy.", locale));
    model.addAttribute("closurePolicyOptions", policies);
    model.addAttribute(
        "parentOptions",
        forms.options(
            organisation.agencies(),
            a -> a.code().value(),
            a -> a.name().in(locale),
            "organisation.agency.no-parent",
            locale));
    return FORM;
  }

  private static void requireSystemAdmin(StaffPrincipal staff) {
    if (!AccessPolicy.isSystemAdmin(staff)) {
      throw new AgencyNotFoundException();
    }
  }
}
