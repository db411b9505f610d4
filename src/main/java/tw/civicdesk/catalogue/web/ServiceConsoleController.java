// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import jakarta.validation.Valid;
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
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueAccess;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.CatalogueExceptions.ServiceNotFound;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceEntry;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/** The console's catalogue: the list of an agency's services, and creating and editing one. */
@Controller
class ServiceConsoleController {

  static final String LIST = "catalogue/console-list";

  private final Catalogue catalogue;
  private final CatalogueEditing editing;
  private final Organisation organisation;
  private final ServiceFormPage formPage;

  ServiceConsoleController(
      Catalogue catalogue,
      CatalogueEditing editing,
      Organisation organisation,
      ServiceFormPage formPage) {
    this.catalogue = catalogue;
    this.editing = editing;
    this.organisation = organisation;
    this.formPage = formPage;
  }

  @GetMapping("/console/services")
  String list(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model) {
    Agency shown =
        organisation.agencyFor(staff, agency == null ? staff.agencyCode().value() : agency);
    model.addAttribute("agency", shown);
    model.addAttribute("services", catalogue.workingCopies(staff, shown.code()));
    model.addAttribute("figures", catalogue.figures(shown.code(), formPage.today()));
    return LIST;
  }

  @GetMapping("/console/services/new")
  String createForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model,
      Locale locale) {
    Agency shown = editableAgency(staff, agency);
    ServiceForm form = new ServiceForm().withSpareRows();
    form.setUnitId(staff.unitId());
    return formPage.show(model, shown, form, null, locale);
  }

  @PostMapping("/console/services/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @Valid @ModelAttribute("form") ServiceForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Agency shown = editableAgency(staff, agency);
    formPage.checkLimits(form, result);
    if (!result.hasErrors()) {
      try {
        ServiceEntry created =
            editing.create(
                staff,
                shown.code(),
                ServiceCode.of(form.getCode()),
                form.getUnitId(),
                form.toContent());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/services/" + created.code().value() + "/edit";
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return formPage.show(model, shown, form.withSpareRows(), null, locale);
  }

  @GetMapping("/console/services/{code}/edit")
  String editForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    ServiceEntry entry = formPage.entry(staff, code);
    ServiceForm form = ServiceForm.of(catalogue.workingCopy(staff, entry.code()), entry.revision());
    return formPage.show(model, organisation.agencyFor(staff, entry.agency()), form, entry, locale);
  }

  @PostMapping("/console/services/{code}/edit")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @Valid @ModelAttribute("form") ServiceForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ServiceEntry entry = formPage.entry(staff, code);
    form.setCode(entry.code().value());
    formPage.checkLimits(form, result);
    if (!result.hasErrors()) {
      try {
        editing.saveDraft(
            staff, entry.code(), form.getRevision(), form.getUnitId(), form.toContent());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/services/" + entry.code().value() + "/edit";
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return formPage.show(
        model, organisation.agencyFor(staff, entry.agency()), form.withSpareRows(), entry, locale);
  }

  @PostMapping("/console/services/{code}/publish")
  String publish(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam int revision,
      RedirectAttributes redirect) {
    ServiceEntry entry = formPage.entry(staff, code);
    try {
      editing.publish(staff, entry.code(), revision);
      redirect.addFlashAttribute("published", true);
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/console/services/" + entry.code().value() + "/edit";
  }

  @PostMapping("/console/services/{code}/discard")
  String discard(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam int revision,
      RedirectAttributes redirect) {
    ServiceEntry entry = formPage.entry(staff, code);
    try {
      editing.discardDraft(staff, entry.code(), revision);
      redirect.addFlashAttribute("discarded", true);
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/console/services/" + entry.code().value() + "/edit";
  }

  private Agency editableAgency(StaffPrincipal staff, @Nullable String agency) {
    Agency shown =
        organisation.agencyFor(staff, agency == null ? staff.agencyCode().value() : agency);
    if (!CatalogueAccess.canEditSome(staff, shown.code())) {
      throw new ServiceNotFound();
    }
    return shown;
  }
}
