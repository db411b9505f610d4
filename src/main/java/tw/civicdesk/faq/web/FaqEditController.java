// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
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
import tw.civicdesk.faq.Faq;
import tw.civicdesk.faq.FaqCode;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * Writing an FAQ entry: {@code /console/faq/new} and {@code /console/faq/{code}/edit}, one form in
 * one round trip that works without JavaScript, every problem beside its field and in a summary
 * (422). For the agency's quality officers and administrators; other staff of the agency get 403,
 * anyone else 404.
 */
@Controller
class FaqEditController {

  static final String FORM = "faq/form";

  private final Faq faq;
  private final FaqConsolePages pages;
  private final Clock clock;

  FaqEditController(Faq faq, FaqConsolePages pages, Clock clock) {
    this.faq = faq;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping("/console/faq/new")
  String createForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model,
      Locale locale) {
    Agency chosen = editable(staff, agency);
    FaqEntryForm form = new FaqEntryForm();
    form.setReviewOn(
        LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Taipei"))).plusYears(1));
    return page(model, chosen, form, null, locale);
  }

  @PostMapping("/console/faq/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @ModelAttribute("form") FaqEntryForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency chosen = editable(staff, agency);
    try {
      FormSupport.requireBound(result);
      StaffEntry created = faq.create(staff, form.toCommand(chosen.code()));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/faq/" + created.entry().code().value();
    } catch (DomainException e) {
      return refused(e, result, response, model, chosen, form, null, locale);
    }
  }

  @GetMapping("/console/faq/{code}/edit")
  String editForm(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    StaffEntry entry = existing(staff, code);
    Agency agency = pages.agency(staff, entry.entry().agency().value());
    return page(model, agency, FaqEntryForm.of(entry), entry, locale);
  }

  @PostMapping("/console/faq/{code}/edit")
  String edit(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") FaqEntryForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffEntry entry = existing(staff, code);
    Agency agency = pages.agency(staff, entry.entry().agency().value());
    FaqCode c = entry.entry().code();
    form.setCode(c.value());
    try {
      FormSupport.requireBound(result);
      faq.update(staff, c, form.getVersion(), form.toCommand(agency.code()));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/console/faq/" + c.value();
    } catch (DomainException e) {
      return refused(e, result, response, model, agency, form, entry, locale);
    }
  }

  private String refused(
      DomainException e,
      BindingResult result,
      HttpServletResponse response,
      Model model,
      Agency agency,
      FaqEntryForm form,
      @Nullable StaffEntry entry,
      Locale locale) {
    if (!(e instanceof FormSupport.FormNotBound)) {
      FormSupport.reject(e, result);
    }
    response.setStatus(422);
    return page(model, agency, form, entry, locale);
  }

  private String page(
      Model model, Agency agency, FaqEntryForm form, @Nullable StaffEntry entry, Locale locale) {
    pages.formChoices(model, agency, locale);
    model.addAttribute("form", form);
    model.addAttribute("staffEntry", entry);
    return FORM;
  }

  private Agency editable(StaffPrincipal staff, @Nullable String raw) {
    Agency agency = pages.agency(staff, raw);
    if (!Faq.mayEdit(staff, agency.code())) {
      throw new ForbiddenException("faq.not-for-you");
    }
    return agency;
  }

  /** The entry of the staff member's reach (else 404), if they may write it (else 403). */
  private StaffEntry existing(StaffPrincipal staff, String code) {
    StaffEntry entry = faq.forStaff(staff, FaqConsoleController.parse(code));
    if (!Faq.mayEdit(staff, entry.entry().agency())) {
      throw new ForbiddenException("faq.not-for-you");
    }
    return entry;
  }
}
