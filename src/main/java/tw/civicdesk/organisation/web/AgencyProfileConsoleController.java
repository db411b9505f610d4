// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.OrganisationAdministration;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The console form of an agency's site texts (簡介, 職掌, e-mail, 個人資料保護專區), for those who may manage
 * the agency; anyone else gets "no such agency".
 */
@Controller
class AgencyProfileConsoleController {

  static final String FORM = "organisation/profile-form";

  private final Organisation organisation;
  private final OrganisationAdministration administration;

  AgencyProfileConsoleController(
      Organisation organisation, OrganisationAdministration administration) {
    this.organisation = organisation;
    this.administration = administration;
  }

  @GetMapping("/console/agencies/{code}/profile")
  String form(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String code, Model m) {
    Agency agency = organisation.agencyManagedBy(staff, code);
    m.addAttribute("agency", agency);
    m.addAttribute("form", AgencyProfileForm.of(organisation.profile(agency.code())));
    return FORM;
  }

  @PostMapping("/console/agencies/{code}/profile")
  String save(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @Valid @ModelAttribute("form") AgencyProfileForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    Agency agency = organisation.agencyManagedBy(staff, code);
    if (!result.hasErrors()) {
      try {
        administration.updateProfile(staff, form.toProfile(agency.code()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/agencies/" + agency.code().value();
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    model.addAttribute("agency", agency);
    return FORM;
  }
}
