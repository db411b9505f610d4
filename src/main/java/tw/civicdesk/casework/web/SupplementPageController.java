// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tw.civicdesk.casework.internal.ReceiptHolderActions;
import tw.civicdesk.casework.internal.ReceiptHolderActions.Upload;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.platform.web.ReceiptHolderForm;

/**
 * The public page where an applicant answers a supplement request: case number and verification
 * code first, then the list of what is missing and the upload. Nothing about the case is shown
 * before both match; too many wrong ones (per client address and per case) answer 429 with
 * Retry-After and the localized error page. Each request checks the receipt once when it is wrong,
 * so each wrong guess counts once.
 */
@Controller
class SupplementPageController {

  static final String PAGE = "casework/supplement";

  private final ReceiptHolderActions supplements;

  SupplementPageController(ReceiptHolderActions supplements) {
    this.supplements = supplements;
  }

  /** The page's form: which case and its code, a note. */
  public static class SupplementForm extends ReceiptHolderForm {
    private String note = "";
    private String fileErrors = "";

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    /** Not an input: the property the upload's errors are shown against. */
    public String getFileErrors() {
      return fileErrors;
    }

    public void setFileErrors(String fileErrors) {
      this.fileErrors = fileErrors;
    }
  }

  /**
   * The start; {@code ?number=} (from the tracking page or the notice) fills in the case number.
   */
  @GetMapping("/supplements")
  String start(@RequestParam(required = false) @Nullable String number, Model model) {
    SupplementForm form = new SupplementForm();
    form.setNumber(number);
    model.addAttribute("form", form);
    return PAGE;
  }

  @PostMapping("/supplements/lookup")
  String lookup(
      @ModelAttribute("form") SupplementForm form,
      BindingResult result,
      HttpServletRequest request,
      Model model) {
    try {
      FormSupport.requireBound(result);
      model.addAttribute(
          "deficiencies",
          supplements.deficiencies(form.getNumber(), form.getCode(), request.getRemoteAddr()));
    } catch (DomainException e) {
      FormSupport.reject(e, result);
    }
    return PAGE;
  }

  @PostMapping("/supplements")
  String supply(
      @ModelAttribute("form") SupplementForm form,
      BindingResult result,
      @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
      HttpServletRequest request,
      Model model) {
    try {
      FormSupport.requireBound(result);
      supplements.supply(
          form.getNumber(),
          form.getCode(),
          request.getRemoteAddr(),
          uploads(files),
          form.getNote());
      model.addAttribute("supplied", true);
    } catch (ReceiptHolderActions.NotAwaited e) {
      // A wrong number or code, counted once: the list is not asked for again.
      FormSupport.reject(e, result);
    } catch (DomainException e) {
      if ("attachments".equals(e.field())) {
        result.rejectValue("fileErrors", e.messageKey(), e.messageArguments(), null);
      } else {
        FormSupport.reject(e, result);
      }
      try {
        // The receipt matched: show the list again next to the error.
        model.addAttribute(
            "deficiencies",
            supplements.deficiencies(form.getNumber(), form.getCode(), request.getRemoteAddr()));
      } catch (ReceiptHolderActions.NotAwaited meanwhile) {
        // no longer waiting: the error is on the form already
      }
    }
    return PAGE;
  }

  private static List<Upload> uploads(@Nullable List<MultipartFile> files) {
    List<Upload> uploads = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        if (!f.isEmpty()) {
          try {
            uploads.add(new Upload(String.valueOf(f.getOriginalFilename()), f.getBytes()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return uploads;
  }
}
