// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.catalogue.ServiceEntry;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/** Form fields of a service in the console: adding one to the draft, and removing one. */
@Controller
class ServiceFieldsConsoleController {

  private final Catalogue catalogue;
  private final CatalogueEditing editing;
  private final Organisation organisation;
  private final ServiceFormPage formPage;

  ServiceFieldsConsoleController(
      Catalogue catalogue,
      CatalogueEditing editing,
      Organisation organisation,
      ServiceFormPage formPage) {
    this.catalogue = catalogue;
    this.editing = editing;
    this.organisation = organisation;
    this.formPage = formPage;
  }

  @PostMapping("/console/services/{code}/fields")
  String add(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @Valid @ModelAttribute("fieldForm") FieldForm fieldForm,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ServiceEntry entry = formPage.entry(staff, code);
    FormField field = fieldForm.toField(result);
    if (field != null) {
      try {
        FormSupport.requireBound(result);
        editing.addField(staff, entry.code(), fieldForm.getRevision(), field);
        redirect.addFlashAttribute("fieldAdded", true);
        return "redirect:/console/services/" + entry.code().value() + "/edit#fields";
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    ServiceEntry current = formPage.entry(staff, code);
    fieldForm.setRevision(current.revision());
    ServiceForm form =
        ServiceForm.of(catalogue.workingCopy(staff, current.code()), current.revision());
    return formPage.show(
        model, organisation.agencyFor(staff, current.agency()), form, current, locale);
  }

  @PostMapping("/console/services/{code}/fields/{name}/delete")
  String remove(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @PathVariable String name,
      @RequestParam int revision,
      RedirectAttributes redirect) {
    ServiceEntry entry = formPage.entry(staff, code);
    try {
      editing.removeField(staff, entry.code(), revision, name);
      redirect.addFlashAttribute("fieldRemoved", true);
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/console/services/" + entry.code().value() + "/edit#fields";
  }
}
