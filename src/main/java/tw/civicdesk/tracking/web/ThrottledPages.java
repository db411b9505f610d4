// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import tw.civicdesk.platform.error.TooManyRequestsException;

/**
 * The 429 answer of tracking's form pages ({@code /track}, {@code /track/mine}, {@code
 * /track/contact}), which show it inside the form they re-display rather than on the error page:
 * status 429, {@code Retry-After} in seconds, and {@code tooMany} in the model, the localized
 * message (what happened, in how many minutes to try again).
 */
final class ThrottledPages {

  private ThrottledPages() {}

  static void tooMany(TooManyRequestsException e, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    model.addAttribute("tooMany", e.messageArguments()[0]);
    model.addAttribute("tooManyKey", e.messageKey());
  }
}
