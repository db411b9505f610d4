// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.documents.AgencyDocument;
import tw.civicdesk.documents.DocumentCategory;
import tw.civicdesk.documents.DocumentCommands.FileContent;
import tw.civicdesk.documents.DocumentCommands.Upload;
import tw.civicdesk.documents.Documents;
import tw.civicdesk.documents.DocumentsSettings;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.files.ContentInspection;
import tw.civicdesk.platform.web.FileDownloads;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The console pages of the documents of the signed-in administrator's own agency: the list, a new
 * document, editing one (and adding files), withdrawing it, and its files.
 */
@Controller
class DocumentConsoleController {

  static final String LIST = "documents/console";
  static final String FORM = "documents/form";

  private final Documents documents;
  private final DocumentsSettings settings;
  private final FormSupport forms;

  DocumentConsoleController(Documents documents, DocumentsSettings settings, FormSupport forms) {
    this.documents = documents;
    this.settings = settings;
    this.forms = forms;
  }

  @GetMapping("/console/documents")
  String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    model.addAttribute("documents", documents.list(staff, staff.agencyCode()));
    model.addAttribute("today", documents.today());
    return LIST;
  }

  @GetMapping("/console/documents/new")
  String createForm(@AuthenticationPrincipal StaffPrincipal staff, Model model, Locale locale) {
    documents.list(staff, staff.agencyCode());
    return form(model, DocumentForm.fresh(documents.today()), null, locale);
  }

  @PostMapping("/console/documents/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Valid @ModelAttribute("form") DocumentForm form,
      BindingResult result,
      @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
      Model model,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    documents.list(staff, staff.agencyCode());
    if (!result.hasErrors()) {
      try {
        documents.create(staff, staff.agencyCode(), form.toDraft(), uploads(files));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/documents";
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return form(model, form, null, locale);
  }

  @GetMapping("/console/documents/{id}/edit")
  String editForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      Model model,
      Locale locale) {
    AgencyDocument d = documents.get(staff, id);
    return form(model, DocumentForm.of(d), d, locale);
  }

  @PostMapping("/console/documents/{id}/edit")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @Valid @ModelAttribute("form") DocumentForm form,
      BindingResult result,
      @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
      Model model,
      Locale locale,
      RedirectAttributes redirect)
      throws IOException {
    AgencyDocument d = documents.get(staff, id);
    if (!result.hasErrors()) {
      try {
        documents.update(staff, id, form.toDraft(), form.getVersion(), uploads(files));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/console/documents";
      } catch (DomainException e) {
        FormSupport.reject(e, result);
      }
    }
    return form(model, form, d, locale);
  }

  @PostMapping("/console/documents/{id}/withdraw")
  String withdraw(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @RequestParam int version,
      RedirectAttributes redirect) {
    documents.withdraw(staff, id, version);
    redirect.addFlashAttribute("withdrawn", true);
    return "redirect:/console/documents";
  }

  @GetMapping("/console/documents/{id}/files/{position}")
  ResponseEntity<byte[]> file(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable long id,
      @PathVariable int position) {
    FileContent f = documents.file(staff, id, position);
    return FileDownloads.attachment(f.fileName(), f.contentType(), f.sha256(), f.content(), true);
  }

  private String form(Model model, DocumentForm form, @Nullable AgencyDocument d, Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("document", d);
    model.addAttribute(
        "categoryOptions",
        forms.enumOptions(DocumentCategory.class, "documents.category.", locale));
    model.addAttribute("maxMegabytes", ContentInspection.megabytes(settings.maxFileSize()));
    model.addAttribute("maxFiles", settings.maxFiles());
    return FORM;
  }

  private static List<Upload> uploads(@Nullable List<MultipartFile> files) throws IOException {
    List<Upload> uploads = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
      }
    }
    return uploads;
  }
}
