// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork.CaseNotFound;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.CatalogueExceptions.ServiceNotFound;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.intake.Intake;
import tw.civicdesk.intake.Receipt;
import tw.civicdesk.intake.Submitter;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.throttle.AnonymousLimit;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The public application form of a service and its receipt. A service without the online
 * channel shows where to apply in person instead. The receipt page shows only receipts filed
 * in the same browser session: it holds the verification code. Sending the form is limited per
 * client address and hour, together with the API ({@link AnonymousLimit}): beyond it the answer
 * is the 429 page and nothing is stored.
 */
@Controller
class OnlineApplicationController {

  static final String FORM = "intake/apply";
  static final String IN_PERSON = "intake/in-person";
  static final String RECEIPT = "intake/receipt";
  private static final String RECEIPTS = "civicdesk.receipts";

  private final Catalogue catalogue;
  private final Intake intake;
  private final IntakePages pages;

  OnlineApplicationController(Catalogue catalogue, Intake intake,
      IntakePages pages) {
    this.catalogue = catalogue;
    this.intake = intake;
    this.pages = pages;
  }

  @GetMapping("/services/{code}/apply")
  String form(@PathVariable String code, Model model, Locale locale) {
    ServiceVersion service = published(code);
    pages.fill(model, service, locale);
    model.addAttribute("form", new ApplicationForm());
    return service.content().offers(Channel.ONLINE) ? FORM : IN_PERSON;
  }

  @PostMapping("/services/{code}/apply")
  @AnonymousLimit(door = "intake", perHour = IntakeApiController.ANONYMOUS_PER_HOUR)
  String apply(@PathVariable String code, @ModelAttribute("form") ApplicationForm form,
      BindingResult result, Model model, HttpSession session, Locale locale) {
    ServiceVersion service = published(code);
    form.setServiceCode(service.code().value());
    try {
      FormSupport.requireBound(result);
      Receipt receipt = intake.apply("web:" + form.getToken(),
          form.toApplication(Channel.ONLINE), Submitter.citizen(), locale);
      remember(session, receipt.caseNumber());
      return "redirect:/receipts/" + receipt.caseNumber().value();
    } catch (DomainException e) {
      ApplicationForm.reject(e, result);
      pages.fill(model, service, locale);
      return service.content().offers(Channel.ONLINE) ? FORM : IN_PERSON;
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
