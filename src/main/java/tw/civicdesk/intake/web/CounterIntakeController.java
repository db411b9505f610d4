// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork.CaseNotFound;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.intake.Intake;
import tw.civicdesk.intake.Submitter;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The single window (單一窗口) in the console: a staff member files an application for a citizen for
 * any unit's service of their agency — at the counter, from a call or from a letter — and prints
 * the receipt. Staff see receipts of the cases they reach only (their agency's, by need-to-know:
 * the clerk who filed it, the unit's officers and heads, agency-wide roles, ADR 0025), with the
 * verification code only when they filed the case or are counter clerks (audited, ADR 0028).
 */
@Controller
class CounterIntakeController {

  static final String CHOOSE = "intake/console-choose";
  static final String FORM = "intake/console-form";
  static final String RECEIPT = "intake/console-receipt";
  private static final List<Channel> STAFF_CHANNELS =
      List.of(Channel.COUNTER, Channel.PHONE, Channel.MAIL);

  private final Catalogue catalogue;
  private final Intake intake;
  private final IntakePages pages;
  private final FormSupport forms;

  CounterIntakeController(
      Catalogue catalogue, Intake intake, IntakePages pages, FormSupport forms) {
    this.catalogue = catalogue;
    this.intake = intake;
    this.pages = pages;
    this.forms = forms;
  }

  @GetMapping("/console/intake")
  String form(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String service,
      Model model,
      Locale locale) {
    List<ServiceVersion> services = staffServices(staff);
    ServiceVersion chosen =
        services.stream().filter(s -> s.code().value().equals(service)).findFirst().orElse(null);
    if (chosen == null) {
      model.addAttribute("services", services);
      model.addAttribute("unknown", service != null);
      return CHOOSE;
    }
    ApplicationForm form = new ApplicationForm();
    form.setServiceCode(chosen.code().value());
    return show(model, chosen, form, locale);
  }

  @PostMapping("/console/intake")
  String file(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") ApplicationForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    ServiceVersion chosen =
        staffServices(staff).stream()
            .filter(s -> s.code().value().equals(form.getServiceCode()))
            .findFirst()
            .orElseThrow(CaseNotFound::new);
    Channel channel = form.staffChannel();
    if (channel == null) {
      result.rejectValue("channel", "intake.channel.not-offered");
      return show(model, chosen, form, locale);
    }
    try {
      FormSupport.requireBound(result);
      CaseNumber filed =
          intake.file(
              "web:" + form.getToken(),
              form.toApplication(channel),
              Submitter.staff(staff.getUsername(), staff.agencyCode()),
              locale);
      return "redirect:/console/cases/" + filed.value() + "/receipt";
    } catch (DomainException e) {
      ApplicationForm.reject(e, result);
      return show(model, chosen, form, locale);
    }
  }

  @GetMapping("/console/cases/{number}/receipt")
  String receipt(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable String number, Model model) {
    CaseNumber n =
        CaseNumber.parse(number)
            .filter(c -> c.agency().equals(staff.agencyCode()))
            .orElseThrow(CaseNotFound::new);
    pages.staffReceipt(model, n, staff);
    return RECEIPT;
  }

  private String show(Model model, ServiceVersion service, ApplicationForm form, Locale locale) {
    pages.fill(model, service, locale);
    model.addAttribute("form", form);
    Map<String, String> channels = new LinkedHashMap<>();
    forms
        .enumOptions(Channel.class, "catalogue.channel.", locale)
        .forEach(
            (k, v) -> {
              if (STAFF_CHANNELS.contains(Channel.valueOf(k))
                  && service.content().offers(Channel.valueOf(k))) {
                channels.put(k, v);
              }
            });
    model.addAttribute("channelOptions", channels);
    return FORM;
  }

  private List<ServiceVersion> staffServices(StaffPrincipal staff) {
    return catalogue.published(ServiceFilter.allOf(staff.agencyCode())).items().stream()
        .filter(s -> STAFF_CHANNELS.stream().anyMatch(c -> s.content().offers(c)))
        .toList();
  }
}
