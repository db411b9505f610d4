// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import tw.civicdesk.tracking.Tracking;

/**
 * The one 429 answer of every public page behind the tracking throttle ({@code /track},
 * {@code /track/mine}, {@code /track/contact}): status 429, {@code Retry-After} in seconds, and
 * {@code tooMany} in the model, the minutes the page's localized message names.
 */
final class ThrottledPages {

  private ThrottledPages() {}

  static void tooMany(Tracking.TooManyAttempts e, HttpServletResponse response, Model model) {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    model.addAttribute("tooMany", e.messageArguments()[0]);
  }
}
