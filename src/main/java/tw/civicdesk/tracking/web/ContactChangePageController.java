// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.TooManyRequestsException;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.tracking.ContactChanges;

/**
 * A receipt holder changes where notices go: {@code /track/contact} takes the receipt's number and
 * code and the new channel and address and sends a code there; {@code /track/contact/confirm} takes
 * the number, code and that confirmation code and makes the change. Everything goes by POST so that
 * no code appears in a URL. A wrong number or code gets tracking's answer; too many attempts answer
 * 429 with Retry-After.
 */
@Controller
class ContactChangePageController {

  static final String PAGE = "tracking/contact";

  private final ContactChanges changes;
  private final MessageSource messages;

  ContactChangePageController(ContactChanges changes, MessageSource messages) {
    this.changes = changes;
    this.messages = messages;
  }

  @GetMapping("/track/contact")
  String start(
      @RequestParam(required = false) @Nullable String number, Model model, Locale locale) {
    return page(prefilled(number), "request", model, locale);
  }

  @GetMapping("/track/contact/confirm")
  String startConfirm(
      @RequestParam(required = false) @Nullable String number, Model model, Locale locale) {
    return page(prefilled(number), "confirm", model, locale);
  }

  /** An empty form with the case number of the link that opened the page, if any. */
  private static ContactChangeForm prefilled(@Nullable String number) {
    ContactChangeForm form = new ContactChangeForm();
    form.setNumber(number);
    return form;
  }

  @PostMapping("/track/contact")
  String request(
      @ModelAttribute("form") ContactChangeForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    String step = "request";
    try {
      FormSupport.requireBound(result);
      changes.request(
          form.getNumber(),
          form.getCode(),
          form.getChannel(),
          form.getAddress(),
          request.getRemoteAddr(),
          locale);
      model.addAttribute("sent", changes.codeLifetimeMinutes());
      step = "confirm";
    } catch (TooManyRequestsException e) {
      ThrottledPages.tooMany(e, response, model);
    } catch (DomainException e) {
      FormSupport.reject(e, result);
    }
    return page(form, step, model, locale);
  }

  @PostMapping("/track/contact/confirm")
  String confirm(
      @ModelAttribute("form") ContactChangeForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    String step = "confirm";
    try {
      FormSupport.requireBound(result);
      changes.confirm(
          form.getNumber(), form.getCode(), form.getConfirmation(), request.getRemoteAddr());
      step = "done";
    } catch (TooManyRequestsException e) {
      ThrottledPages.tooMany(e, response, model);
    } catch (DomainException e) {
      FormSupport.reject(e, result);
    }
    return page(form, step, model, locale);
  }

  private String page(ContactChangeForm form, String step, Model model, Locale locale) {
    Map<String, String> channels = new LinkedHashMap<>();
    for (String channel : new String[] {"EMAIL", "SMS"}) {
      channels.put(
          channel, messages.getMessage("tracking.contact.channel." + channel, null, locale));
    }
    model.addAttribute("form", form);
    model.addAttribute("channels", channels);
    model.addAttribute("step", step);
    return PAGE;
  }
}
