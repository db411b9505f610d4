// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.TooManyRequestsException;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.tracking.MyCases;

/**
 * "My cases" without an account: {@code /track/mine} asks for an e-mail address and always answers
 * the same confirmation, whether cases exist or not; {@code /track/mine/{token}} (the link sent)
 * lists the cases with their public timelines, or answers 404 with a way to ask again when the link
 * is unknown or expired. Too many requests, or too many unknown links from one client address,
 * answer 429 with Retry-After.
 */
@Controller
class MyCasesPageController {

  static final String FORM = "tracking/mine";
  static final String LIST = "tracking/mine-cases";

  private final MyCases myCases;
  private final MessageSource messages;
  private final Clock clock;

  MyCasesPageController(MyCases myCases, MessageSource messages, Clock clock) {
    this.myCases = myCases;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/track/mine")
  String start(Model model) {
    model.addAttribute("form", new MyCasesForm());
    return FORM;
  }

  @PostMapping("/track/mine")
  String request(
      @ModelAttribute("form") MyCasesForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    try {
      FormSupport.requireBound(result);
      myCases.requestLink(form.getAddress(), request.getRemoteAddr(), locale);
      model.addAttribute("sent", myCases.linkLifetimeMinutes());
      model.addAttribute("form", new MyCasesForm());
    } catch (TooManyRequestsException e) {
      ThrottledPages.tooMany(e, response, model);
    } catch (DomainException e) {
      FormSupport.reject(e, result);
    }
    return FORM;
  }

  @GetMapping("/track/mine/{token}")
  String list(
      @PathVariable String token,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    // The token is the credential: keep it out of referrers and caches.
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    try {
      model.addAttribute(
          "cases",
          myCases.cases(token, request.getRemoteAddr()).stream()
              .map(t -> TrackingView.of(t, messages, locale, clock))
              .toList());
    } catch (MyCases.LinkExpired e) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("expired", true);
    }
    return LIST;
  }
}
