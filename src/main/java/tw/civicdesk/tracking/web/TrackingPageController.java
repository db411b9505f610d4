// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.TooManyRequestsException;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.platform.web.ReceiptHolderForm;
import tw.civicdesk.surveys.Surveys;
import tw.civicdesk.tracking.Tracking;

/**
 * The public tracking page: case number (pre-filled from the receipt's link, {@code ?number=…}) and
 * verification code, sent by POST so the code stays out of URLs and logs; then the timeline. Too
 * many failed guesses answer 429 with Retry-After and a localized message. A decided application
 * whose agency asks after a case links to its post-case survey.
 */
@Controller
class TrackingPageController {

  static final String PAGE = "tracking/track";
  private static final java.util.Set<String> DECIDED = java.util.Set.of("DECIDED", "CLOSED");

  private final Tracking tracking;
  private final MessageSource messages;
  private final Clock clock;
  private final Surveys surveys;

  TrackingPageController(Tracking tracking, MessageSource messages, Clock clock, Surveys surveys) {
    this.tracking = tracking;
    this.messages = messages;
    this.clock = clock;
    this.surveys = surveys;
  }

  @GetMapping("/track")
  String start(@RequestParam(required = false) @Nullable String number, Model model) {
    ReceiptHolderForm form = new ReceiptHolderForm();
    form.setNumber(number);
    model.addAttribute("form", form);
    return PAGE;
  }

  @PostMapping("/track")
  String track(
      @ModelAttribute("form") ReceiptHolderForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    try {
      FormSupport.requireBound(result);
      TrackingView tracked =
          TrackingView.of(
              tracking.track(form.getNumber(), form.getCode(), request.getRemoteAddr()),
              messages,
              locale,
              clock);
      model.addAttribute("tracked", tracked);
      model.addAttribute("surveyCall", surveyCall(tracked));
    } catch (TooManyRequestsException e) {
      ThrottledPages.tooMany(e, response, model);
    } catch (DomainException e) {
      FormSupport.reject(e, result);
    }
    return PAGE;
  }

  /** Whether a decided application's agency asks after a case (the survey page checks the rest). */
  private boolean surveyCall(TrackingView tracked) {
    return tracked.petition() == null
        && DECIDED.contains(tracked.status())
        && CaseNumber.parse(tracked.caseNumber())
            .flatMap(n -> surveys.postCaseSurvey(n.agency()))
            .isPresent();
  }
}
