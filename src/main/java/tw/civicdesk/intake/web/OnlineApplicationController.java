// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork.CaseNotFound;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueExceptions.ServiceNotFound;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.intake.Intake;
import tw.civicdesk.intake.IntakeSettings;
import tw.civicdesk.intake.Receipt;
import tw.civicdesk.intake.Submitter;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.platform.throttle.AnonymousLimit;
import tw.civicdesk.platform.web.FormSupport;

/**
 * Applying online, as question page → check your answers → confirmation (the receipt). The question
 * page checks the answers as filing would and keeps them in the session ({@link ApplicationDrafts},
 * ADR 0031); the check-answers page shows every answer with a link back to change it; only
 * submitting that page files the case, once per draft token (a double click or a resubmission
 * answers the same receipt). A service without the online channel shows where to apply in person
 * instead. The receipt page shows only receipts filed in the same browser session: it holds the
 * verification code. Filing is limited per client address and hour, together with the API ({@link
 * AnonymousLimit}): beyond it the answer is the 429 page and nothing is stored.
 */
@Controller
class OnlineApplicationController {

  static final String FORM = "intake/apply";
  static final String CHECK = "intake/check";
  static final String IN_PERSON = "intake/in-person";
  static final String RECEIPT = "intake/receipt";
  private static final String RECEIPTS = "civicdesk.receipts";

  private final Catalogue catalogue;
  private final Intake intake;
  private final IntakePages pages;

  OnlineApplicationController(Catalogue catalogue, Intake intake, IntakePages pages) {
    this.catalogue = catalogue;
    this.intake = intake;
    this.pages = pages;
  }

  @GetMapping("/services/{code}/apply")
  String form(@PathVariable String code, Model model, HttpSession session, Locale locale) {
    ServiceVersion service = published(code);
    pages.fill(model, service, locale);
    ApplicationForm form =
        ApplicationDrafts.draft(session, service.code().value())
            .orElseGet(() -> ApplicationForm.online(locale));
    model.addAttribute("form", form);
    return service.content().offers(Channel.ONLINE) ? FORM : IN_PERSON;
  }

  @PostMapping("/services/{code}/apply")
  String answer(
      @PathVariable String code,
      @ModelAttribute("form") ApplicationForm form,
      BindingResult result,
      Model model,
      HttpSession session,
      Locale locale) {
    ServiceVersion service = published(code);
    form.setServiceCode(service.code().value());
    if (ApplicationDrafts.filedAs(session, form.getToken()) != null) {
      form.setToken(UUID.randomUUID().toString()); // a page from before filing, sent again
    }
    try {
      FormSupport.requireBound(result);
      intake.check(form.toApplication(Channel.ONLINE), Submitter.citizen(), locale);
      ApplicationDrafts.keep(session, form);
      return "redirect:/services/" + service.code().value() + "/apply/check";
    } catch (DomainException e) {
      ApplicationForm.reject(e, result);
      pages.fill(model, service, locale);
      return service.content().offers(Channel.ONLINE) ? FORM : IN_PERSON;
    }
  }

  @GetMapping("/services/{code}/apply/check")
  String check(@PathVariable String code, Model model, HttpSession session, Locale locale) {
    ServiceVersion service = published(code);
    var draft = ApplicationDrafts.draft(session, service.code().value());
    if (draft.isEmpty()) {
      return "redirect:/services/" + service.code().value() + "/apply";
    }
    pages.fill(model, service, locale);
    model.addAttribute("form", draft.get());
    return CHECK;
  }

  @PostMapping("/services/{code}/apply/check")
  @AnonymousLimit(door = IntakeSettings.ANONYMOUS_DOOR)
  String submit(
      @PathVariable String code,
      @RequestParam("draft") @SingleLine String token,
      Model model,
      HttpSession session,
      Locale locale) {
    ServiceVersion service = published(code);
    String filed = ApplicationDrafts.filedAs(session, token);
    if (filed != null) {
      return "redirect:/receipts/" + filed;
    }
    ApplicationForm form =
        ApplicationDrafts.draft(session, service.code().value())
            .filter(d -> d.getToken().equals(token))
            .orElse(null);
    if (form == null) {
      return "redirect:/services/" + service.code().value() + "/apply";
    }
    try {
      Receipt receipt =
          intake.apply(
              "web:" + token, form.toApplication(Channel.ONLINE), Submitter.citizen(), locale);
      remember(session, receipt.caseNumber());
      ApplicationDrafts.filed(session, service.code().value(), token, receipt.caseNumber().value());
      return "redirect:/receipts/" + receipt.caseNumber().value();
    } catch (DomainException e) {
      // The service changed between the pages: the answers go back to the question page.
      BindingResult result = new BeanPropertyBindingResult(form, "form");
      ApplicationForm.reject(e, result);
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
      model.addAttribute("form", form);
      pages.fill(model, service, locale);
      return FORM;
    }
  }

  @GetMapping("/receipts/{number}")
  String receipt(@PathVariable String number, Model model, HttpSession session) {
    CaseNumber n = CaseNumber.parse(number).orElseThrow(CaseNotFound::new);
    if (!remembered(session).contains(n.value())) {
      throw new CaseNotFound();
    }
    pages.receipt(model, n);
    model.addAttribute("console", false);
    return RECEIPT;
  }

  private ServiceVersion published(String code) {
    if (!ServiceCode.isValid(code)) {
      throw new ServiceNotFound();
    }
    return catalogue.published(ServiceCode.of(code)).orElseThrow(ServiceNotFound::new);
  }

  private static void remember(HttpSession session, CaseNumber number) {
    Set<String> known = new LinkedHashSet<>(remembered(session));
    known.add(number.value());
    session.setAttribute(RECEIPTS, known);
  }

  @SuppressWarnings("unchecked")
  private static Set<String> remembered(HttpSession session) {
    Object known = session.getAttribute(RECEIPTS);
    return known instanceof Set<?> set ? (Set<String>) set : Set.of();
  }
}
