// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.open311.ApiKeyNotFoundException;
import tw.civicdesk.open311.ApiKeys;
import tw.civicdesk.open311.IssuedKey;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The console page of Open311 API keys ({@code /console/open311/keys}): an agency's administrator
 * (or a system administrator) lists, issues and revokes keys. A new key is shown once, on the
 * answer to the form that issued it, which no cache keeps; nobody can show it again.
 */
@Controller
class ApiKeyConsoleController {

  static final String VIEW = "open311/keys";
  static final String PATH = "/console/open311/keys";

  private final ApiKeys keys;

  ApiKeyConsoleController(ApiKeys keys) {
    this.keys = keys;
  }

  @GetMapping(PATH)
  String list(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
    ApiKeyForm form = new ApiKeyForm();
    form.setAgency(staff.agencyCode().value());
    return page(staff, form, model, locale);
  }

  @PostMapping(PATH)
  String issue(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Valid @ModelAttribute("form") ApiKeyForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    if (!result.hasErrors()) {
      try {
        IssuedKey issued = keys.issue(staff, form.getAgency(), form.getLabel(), form.getPerHour());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("issued", issued);
        ApiKeyForm next = new ApiKeyForm();
        next.setAgency(form.getAgency());
        return page(staff, next, model, locale);
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return page(staff, form, model, locale);
  }

  @PostMapping(PATH + "/{id}/revoke")
  String revoke(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      RedirectAttributes redirect) {
    requireAdministrator(staff);
    redirect.addFlashAttribute("revoked", keys.revoke(staff, id).label());
    return "redirect:" + PATH;
  }

  private String page(StaffPrincipal staff, ApiKeyForm form, Model model, Locale locale) {
    requireAdministrator(staff);
    Map<String, String> agencies = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Agency agency : keys.agenciesFor(staff)) {
      agencies.put(agency.code().value(), agency.name().in(locale));
      names.put(agency.code().value(), agency.name().in(locale));
    }
    model.addAttribute("form", form);
    model.addAttribute("agencyOptions", agencies);
    model.addAttribute("agencyNames", names);
    model.addAttribute("keys", keys.manageable(staff));
    return VIEW;
  }

  private static void requireAdministrator(StaffPrincipal staff) {
    if (!ApiKeys.mayManageSome(staff)) {
      throw new ApiKeyNotFoundException();
    }
  }
}
