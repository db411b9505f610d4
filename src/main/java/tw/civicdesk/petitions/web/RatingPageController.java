// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.petitions.PetitionRatings;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.error.TooManyRequestsException;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The public page where a petitioner rates how their petition or report was handled (1-5 and a
 * comment), reached from the reply notice's link and the tracking page with the case number filled
 * in. The receipt's number and code go by POST through case work's one throttled receipt check
 * ({@link CaseWork#held}) — a wrong code is counted like on the tracking page, and too many answer
 * 429 with Retry-After. One rating per case; an unhappy one (1-2) may ask to reopen the case.
 */
@Controller
class RatingPageController {

  static final String PAGE = "petitions/rating";

  private final CaseWork cases;
  private final PetitionRatings ratings;

  RatingPageController(CaseWork cases, PetitionRatings ratings) {
    this.cases = cases;
    this.ratings = ratings;
  }

  @GetMapping("/petitions/rating")
  String start(@RequestParam(required = false) @Nullable String number, Model model) {
    RatingForm form = new RatingForm();
    form.setNumber(number);
    model.addAttribute("form", form);
    return PAGE;
  }

  @PostMapping("/petitions/rating")
  String rate(
      @ModelAttribute("form") RatingForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    try {
      FormSupport.requireBound(result);
      CaseWork.HeldReceipt held =
          cases
              .held(form.getNumber(), form.getCode(), request.getRemoteAddr())
              .orElseThrow(WrongReceipt::new);
      model.addAttribute(
          "rated", ratings.rate(held, form.scoreValue(), form.getComment(), form.isReopen()));
    } catch (TooManyRequestsException e) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
      model.addAttribute("tooMany", e.messageArguments()[0]);
      model.addAttribute("tooManyKey", e.messageKey());
    } catch (DomainException e) {
      FormSupport.reject(e, result);
    }
    return PAGE;
  }

  /** No case has this number and code; answered like the tracking page answers it. */
  static final class WrongReceipt extends NotFoundException {
    WrongReceipt() {
      super("tracking.not-found");
      onField("code");
    }
  }
}
