// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.intake.Receipts;
import tw.civicdesk.intake.TrackingLinks;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.web.FormSupport;

/** What the application pages of the public site and the console both show. */
@Component
class IntakePages {

  private final Organisation organisation;
  private final FormSupport forms;
  private final MessageSource messages;
  private final Receipts receipts;
  private final TrackingLinks links;

  IntakePages(
      Organisation organisation,
      FormSupport forms,
      MessageSource messages,
      Receipts receipts,
      TrackingLinks links) {
    this.organisation = organisation;
    this.forms = forms;
    this.messages = messages;
    this.receipts = receipts;
    this.links = links;
  }

  /** The receipt of {@code number} with its tracking link and the link's QR code. */
  void receipt(Model model, CaseNumber number) {
    model.addAttribute("receipt", receipts.of(number));
    links(model, number);
  }

  /** The receipt for {@code staff} on the console: the code only when they may see it. */
  void staffReceipt(Model model, CaseNumber number, StaffPrincipal staff) {
    model.addAttribute("receipt", receipts.forStaff(number, staff));
    links(model, number);
  }

  private void links(Model model, CaseNumber number) {
    model.addAttribute("trackingUrl", links.trackingUrl(number));
    model.addAttribute("qrCode", links.qrCodeDataUri(number));
  }

  /** The service, its agency and the options of the applicant's selects. */
  void fill(Model model, ServiceVersion service, Locale locale) {
    model.addAttribute("service", service);
    model.addAttribute("content", service.content());
    model.addAttribute("agency", organisation.agency(service.agency()).orElseThrow());
    model.addAttribute(
        "notifyOptions", forms.enumOptions(Applicant.NotifyBy.class, "intake.notify.", locale));
    Map<String, String> languages = new LinkedHashMap<>();
    languages.put("zh-TW", messages.getMessage("intake.language.zh-TW", null, locale));
    languages.put("en", messages.getMessage("intake.language.en", null, locale));
    model.addAttribute("languageOptions", languages);
  }
}
