// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.Problems;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.tracking.CaseLookup;
import tw.civicdesk.tracking.StaffLookup;

/**
 * The console's case look-up ({@code GET /console/track?number=…}): one field, the case number; the
 * answer on the same page — the citizen's public timeline, shown with the public page's own
 * fragments, and the internal details. A look-up reads nothing secret from the address bar (no
 * verification code, no personal data), so the form is sent by GET and the result can be
 * bookmarked; every look-up is audited, so reloading it is recorded again. A malformed number is a
 * field error (422); an unknown number and a case outside the reader's reach the same field error
 * with status 404.
 */
@Controller
class StaffLookupController {

  static final String PAGE = "tracking/lookup";

  private final StaffLookup lookup;
  private final MessageSource messages;
  private final Clock clock;

  StaffLookupController(StaffLookup lookup, MessageSource messages, Clock clock) {
    this.lookup = lookup;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/console/track")
  String lookUp(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") CaseLookupForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response,
      Locale locale) {
    if (form.getNumber() == null) {
      return PAGE;
    }
    try {
      FormSupport.requireBound(result);
      CaseLookup found = lookup.lookUp(staff, form.getNumber());
      model.addAttribute("found", found);
      model.addAttribute("tracked", TrackingView.of(found.timeline(), messages, locale, clock));
    } catch (DomainException e) {
      FormSupport.reject(e, result);
      response.setStatus(Problems.statusOf(e).value());
    }
    return PAGE;
  }
}
