// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.internal.AttachmentContent;
import tw.civicdesk.casework.internal.CaseAttachments;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FileDownloads;

/**
 * A case's files and electronic verifications in the console, for staff of the case's agency only;
 * any other case number answers 404. Both forms go back to the case page; a refusal comes back as
 * the flash attributes {@value #PROBLEM} (the localized message) and {@value #PROBLEM_KEY} (its
 * key), a success as {@value #ADDED} (the attachment's id) or {@value #VERIFIED} (the
 * verification's id).
 */
@Controller
class CaseAttachmentController {

  static final String PROBLEM = "attachmentProblem";
  static final String PROBLEM_KEY = "attachmentProblemKey";
  static final String ADDED = "attachmentAdded";
  static final String VERIFIED = "verificationRecorded";

  private final CaseAttachments attachments;
  private final MessageSource messages;

  CaseAttachmentController(CaseAttachments attachments, MessageSource messages) {
    this.attachments = attachments;
    this.messages = messages;
  }

  @GetMapping("/console/cases/{number}/attachments/{id}")
  ResponseEntity<byte[]> download(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @PathVariable long id) {
    CaseNumber caseNumber = visible(staff, number);
    AttachmentContent file = attachments.content(caseNumber, id, staff);
    return FileDownloads.attachment(
        file.attachment().filename(),
        file.attachment().contentType(),
        file.attachment().sha256(),
        file.bytes(),
        true);
  }

  @PostMapping("/console/cases/{number}/attachments")
  String upload(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @RequestParam(required = false) @Nullable MultipartFile file,
      @RequestParam(required = false) @Nullable String document,
      RedirectAttributes redirect,
      Locale locale)
      throws IOException {
    CaseNumber caseNumber = visible(staff, number);
    try {
      redirect.addFlashAttribute(
          ADDED,
          attachments
              .add(
                  caseNumber,
                  file == null ? null : file.getOriginalFilename(),
                  file == null ? new byte[0] : file.getBytes(),
                  document,
                  CaseStaff.actor(staff))
              .id());
    } catch (DomainException e) {
      problem(e, redirect, locale);
    }
    return "redirect:/console/cases/" + caseNumber.value();
  }

  @PostMapping("/console/cases/{number}/verifications")
  String verify(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @RequestParam(defaultValue = "") String document,
      @RequestParam(defaultValue = "") String checked,
      RedirectAttributes redirect,
      Locale locale) {
    CaseNumber caseNumber = visible(staff, number);
    try {
      redirect.addFlashAttribute(
          VERIFIED,
          attachments
              .verifyElectronically(caseNumber, document, checked, CaseStaff.actor(staff))
              .id());
    } catch (DomainException e) {
      problem(e, redirect, locale);
    }
    return "redirect:/console/cases/" + caseNumber.value();
  }

  private CaseNumber visible(StaffPrincipal staff, String raw) {
    CaseNumber caseNumber = CaseStaff.number(raw);
    attachments.requireCase(caseNumber, staff);
    return caseNumber;
  }

  private void problem(DomainException e, RedirectAttributes redirect, Locale locale) {
    redirect.addFlashAttribute(PROBLEM_KEY, e.messageKey());
    redirect.addFlashAttribute(
        PROBLEM, messages.getMessage(e.messageKey(), e.messageArguments(), locale));
  }
}
