// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.courtesy.Courtesy;
import tw.civicdesk.courtesy.CourtesyRules;
import tw.civicdesk.courtesy.Sheet;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The agency's test sheet and settings ({@code /console/courtesy/sheet}): the sheet in force with
 * its earlier versions, a form that saves an edit as a new version, and the threshold and
 * names-shown settings ({@code POST /console/courtesy/settings}). For the agency's administrators
 * and quality officers; everyone else 404.
 */
@Controller
class CourtesySheetController {

  private final Courtesy courtesy;

  CourtesySheetController(Courtesy courtesy) {
    this.courtesy = courtesy;
  }

  @GetMapping("/console/courtesy/sheet")
  String sheet(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    AgencyCode agency = staff.agencyCode();
    courtesy.versions(staff, agency);
    return page(model, staff, SheetForm.of(courtesy.currentSheet(agency)));
  }

  @PostMapping("/console/courtesy/sheet")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") SheetForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AgencyCode agency = staff.agencyCode();
    courtesy.versions(staff, agency);
    Sheet base = courtesy.sheet(agency, form.getBaseId());
    try {
      FormSupport.requireBound(result);
      Sheet saved = courtesy.editSheet(staff, agency, form.toContent(base));
      redirect.addFlashAttribute("savedVersion", saved.version());
      return "redirect:/console/courtesy/sheet";
    } catch (DomainException e) {
      if (!(e instanceof FormSupport.FormNotBound)) {
        FormSupport.reject(e, result);
      }
      response.setStatus(422);
      return page(model, staff, form);
    }
  }

  @PostMapping("/console/courtesy/settings")
  String settings(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(defaultValue = "") String threshold,
      @RequestParam(defaultValue = "false") boolean showNames,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AgencyCode agency = staff.agencyCode();
    try {
      courtesy.saveRules(staff, agency, new CourtesyRules(SheetForm.decimal(threshold), showNames));
      redirect.addFlashAttribute("settingsSaved", true);
      return "redirect:/console/courtesy/sheet";
    } catch (InvalidFields e) {
      response.setStatus(422);
      model.addAttribute("settingsError", e.problems().get(0).messageKey());
      return page(model, staff, SheetForm.of(courtesy.currentSheet(agency)));
    }
  }

  private String page(Model model, StaffPrincipal staff, SheetForm form) {
    AgencyCode agency = staff.agencyCode();
    Sheet current = courtesy.currentSheet(agency);
    CourtesyRules rules = courtesy.rules(agency);
    model.addAttribute("sheet", current);
    model.addAttribute("rows", CourtesyPages.rows(current));
    model.addAttribute("versions", courtesy.versions(staff, agency));
    model.addAttribute("form", form);
    model.addAttribute("threshold", rules.threshold().stripTrailingZeros().toPlainString());
    model.addAttribute("showNames", rules.showNames());
    model.addAttribute("hundred", BigDecimal.valueOf(100));
    return "courtesy/sheet";
  }
}
