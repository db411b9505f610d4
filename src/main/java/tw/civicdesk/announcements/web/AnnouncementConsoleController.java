// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import tw.civicdesk.announcements.Announcement;
import tw.civicdesk.announcements.AnnouncementCategory;
import tw.civicdesk.announcements.AnnouncementCommands.Upload;
import tw.civicdesk.announcements.AnnouncementFile;
import tw.civicdesk.announcements.AnnouncementStatus;
import tw.civicdesk.announcements.Announcements;
import tw.civicdesk.announcements.AnnouncementsSettings;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.files.ContentInspection;
import tw.civicdesk.platform.web.FileDownloads;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The console's announcements, for the agency's administrators and quality officers (ADR 0062): the
 * list with filters ({@code /console/announcements}), a new one and an edit (one form with its
 * files, every problem beside its field and in a summary, 422, nothing changed), the preview of one
 * as the public will read it ({@code /console/announcements/{id}}), withdrawing it and its files.
 * Other staff of the agency get 403; another agency's announcement is 404.
 */
@Controller
class AnnouncementConsoleController {

  static final String LIST = "announcements/console";
  static final String FORM = "announcements/form";
  static final String PREVIEW = "announcements/preview";

  private final Announcements announcements;
  private final Organisation organisation;
  private final FormSupport forms;
  private final MessageSource messages;
  private final AnnouncementsSettings settings;

  AnnouncementConsoleController(
      Announcements announcements,
      Organisation organisation,
      FormSupport forms,
      MessageSource messages,
      AnnouncementsSettings settings) {
    this.settings = settings;
    this.announcements = announcements;
    this.organisation = organisation;
    this.forms = forms;
    this.messages = messages;
  }

  @GetMapping("/console/announcements")
  String list(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String status,
      Model model,
      Locale locale) {
    Agency chosen = agency(staff, agency);
    var now = announcements.now();
    List<Announcement> all =
        announcements.list(staff, chosen.code()).stream()
            .filter(a -> blank(category) || a.category().name().equals(category))
            .filter(a -> blank(status) || a.status(now).name().equals(status))
            .toList();
    model.addAttribute("agency", chosen);
    model.addAttribute("agencies", organisation.agenciesFor(staff));
    model.addAttribute("announcements", all);
    model.addAttribute("now", now);
    model.addAttribute("category", category == null ? "" : category);
    model.addAttribute("status", status == null ? "" : status);
    model.addAttribute(
        "categoryOptions",
        withAll(
            forms.enumOptions(AnnouncementCategory.class, "announcements.category.", locale),
            locale));
    model.addAttribute(
        "statusOptions",
        withAll(
            forms.enumOptions(AnnouncementStatus.class, "announcements.status.", locale), locale));
    return LIST;
  }

  @GetMapping("/console/announcements/new")
  String createForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model,
      Locale locale) {
    Agency chosen = agency(staff, agency);
    announcements.list(staff, chosen.code());
    return page(model, chosen, new AnnouncementForm(), null, locale);
  }

  @PostMapping("/console/announcements/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @ModelAttribute("form") AnnouncementForm form,
      BindingResult result,
      @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    Agency chosen = agency(staff, agency);
    announcements.list(staff, chosen.code());
    try {
      var command = form.toCommand(result);
      FormSupport.requireBound(result);
      Announcement a = announcements.create(staff, chosen.code(), command, uploads(files));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/announcements/" + a.id();
    } catch (DomainException e) {
      return refused(e, result, response, model, chosen, form, null, locale);
    }
  }

  @GetMapping("/console/announcements/{id}")
  String preview(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String id, Model model) {
    Announcement a = announcements.forStaff(staff, AnnouncementPublicController.number(id));
    model.addAttribute("announcement", a);
    model.addAttribute("agency", agency(staff, a.agency().value()));
    model.addAttribute("status", a.status(announcements.now()));
    return PREVIEW;
  }

  @GetMapping("/console/announcements/{id}/edit")
  String editForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      Model model,
      Locale locale) {
    Announcement a = announcements.forStaff(staff, AnnouncementPublicController.number(id));
    return page(model, agency(staff, a.agency().value()), AnnouncementForm.of(a), a, locale);
  }

  @PostMapping("/console/announcements/{id}/edit")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @ModelAttribute("form") AnnouncementForm form,
      BindingResult result,
      @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    Announcement a = announcements.forStaff(staff, AnnouncementPublicController.number(id));
    Agency agency = agency(staff, a.agency().value());
    try {
      var command = form.toCommand(result);
      FormSupport.requireBound(result);
      announcements.update(staff, a.id(), form.getVersion(), command, uploads(files));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/announcements/" + a.id();
    } catch (DomainException e) {
      return refused(e, result, response, model, agency, form, a, locale);
    }
  }

  @PostMapping("/console/announcements/{id}/withdraw")
  String withdraw(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @RequestParam(defaultValue = "-1") int version,
      RedirectAttributes redirect) {
    long n = AnnouncementPublicController.number(id);
    announcements.forStaff(staff, n);
    try {
      announcements.withdraw(staff, n, version);
      redirect.addFlashAttribute("withdrawn", true);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("conflict", true);
    }
    return "redirect:/console/announcements/" + n;
  }

  @GetMapping("/console/announcements/{id}/files/{fileId}")
  ResponseEntity<byte[]> file(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String fileId) {
    AnnouncementFile f =
        announcements.file(
            staff,
            AnnouncementPublicController.number(id),
            AnnouncementPublicController.number(fileId));
    return FileDownloads.attachment(f.fileName(), f.contentType(), f.sha256(), f.content(), false);
  }

  @PostMapping("/console/announcements/{id}/files/{fileId}/delete")
  String removeFile(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String id,
      @PathVariable String fileId,
      RedirectAttributes redirect) {
    long n = AnnouncementPublicController.number(id);
    announcements.removeFile(staff, n, AnnouncementPublicController.number(fileId));
    redirect.addFlashAttribute("fileRemoved", true);
    return "redirect:/console/announcements/" + n;
  }

  private String refused(
      DomainException e,
      BindingResult result,
      HttpServletResponse response,
      Model model,
      Agency agency,
      AnnouncementForm form,
      @Nullable Announcement existing,
      Locale locale) {
    if (!(e instanceof FormSupport.FormNotBound)) {
      FormSupport.reject(e, result);
    }
    response.setStatus(422);
    return page(model, agency, form, existing, locale);
  }

  private String page(
      Model model,
      Agency agency,
      AnnouncementForm form,
      @Nullable Announcement existing,
      Locale locale) {
    Map<String, String> units = new LinkedHashMap<>();
    units.put("", messages.getMessage("announcements.form.choose", null, locale));
    organisation
        .units(agency.code())
        .forEach(u -> units.put(Long.toString(u.id()), u.name().in(locale)));
    Map<String, String> categories = new LinkedHashMap<>();
    categories.put("", messages.getMessage("announcements.form.choose", null, locale));
    categories.putAll(
        forms.enumOptions(AnnouncementCategory.class, "announcements.category.", locale));
    model.addAttribute("agency", agency);
    model.addAttribute("form", form);
    model.addAttribute("existing", existing);
    model.addAttribute("unitOptions", units);
    model.addAttribute("categoryOptions", categories);
    model.addAttribute(
        "maxMegabytes", ContentInspection.megabytes(settings.maxAttachmentSize()).toPlainString());
    return FORM;
  }

  private Agency agency(StaffPrincipal staff, @Nullable String raw) {
    return organisation.agencyFor(
        staff, raw == null || raw.isBlank() ? staff.agencyCode().value() : raw);
  }

  private Map<String, String> withAll(Map<String, String> options, Locale locale) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("", messages.getMessage("announcements.filter.all", null, locale));
    all.putAll(options);
    return all;
  }

  private static List<Upload> uploads(@Nullable List<MultipartFile> files) throws IOException {
    List<Upload> uploads = new ArrayList<>();
    if (files == null) {
      return uploads;
    }
    for (MultipartFile f : files) {
      uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
    }
    return uploads;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
