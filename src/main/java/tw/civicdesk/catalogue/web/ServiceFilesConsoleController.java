// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueEditing;
import tw.civicdesk.catalogue.FormKind;
import tw.civicdesk.catalogue.ServiceEntry;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.i18n.BilingualText;

/** Forms of a service in the console: upload, remove, download, and the draft's preview. */
@Controller
class ServiceFilesConsoleController {

  private final Catalogue catalogue;
  private final CatalogueEditing editing;
  private final Organisation organisation;
  private final ServiceFormPage formPage;
  private final MessageSource messages;

  ServiceFilesConsoleController(
      Catalogue catalogue,
      CatalogueEditing editing,
      Organisation organisation,
      ServiceFormPage formPage,
      MessageSource messages) {
    this.messages = messages;
    this.catalogue = catalogue;
    this.editing = editing;
    this.organisation = organisation;
    this.formPage = formPage;
  }

  @PostMapping("/console/services/{code}/forms")
  String upload(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam int revision,
      @RequestParam FormKind kind,
      @RequestParam String titleZh,
      @RequestParam(defaultValue = "") String titleEn,
      @RequestParam(required = false) @Nullable MultipartFile file,
      RedirectAttributes redirect,
      Locale locale)
      throws IOException {
    ServiceEntry entry = formPage.entry(staff, code);
    String name =
        file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    try {
      editing.addForm(
          staff,
          entry.code(),
          revision,
          kind,
          titleZh.isBlank() ? null : new BilingualText(titleZh, titleEn),
          name,
          file == null ? new byte[0] : file.getBytes());
      redirect.addFlashAttribute("uploaded", true);
    } catch (DomainException e) {
      redirect.addFlashAttribute(
          "uploadProblem", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
    }
    return "redirect:/console/services/" + entry.code().value() + "/edit#forms";
  }

  @PostMapping("/console/services/{code}/forms/{fileId}/delete")
  String remove(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @PathVariable long fileId,
      @RequestParam int revision,
      RedirectAttributes redirect) {
    ServiceEntry entry = formPage.entry(staff, code);
    try {
      editing.removeForm(staff, entry.code(), revision, fileId);
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/console/services/" + entry.code().value() + "/edit#forms";
  }

  @GetMapping("/console/services/{code}/files/{fileId}")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @PathVariable long fileId) {
    ServiceEntry entry = formPage.entry(staff, code);
    return Downloads.attachment(catalogue.workingFile(staff, entry.code(), fileId));
  }

  @GetMapping("/console/services/{code}/preview")
  String preview(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    ServiceEntry entry = formPage.entry(staff, code);
    ServiceModel.fill(model, catalogue.workingCopy(staff, entry.code()), organisation, locale);
    model.addAttribute("preview", true);
    return ServicePagesController.DETAIL;
  }
}
