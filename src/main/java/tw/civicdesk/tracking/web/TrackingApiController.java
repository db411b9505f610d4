// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.tracking.Tracking;

/**
 * The public tracking API: the holder of a receipt reads the case's status, due date and public
 * timeline with its number and verification code. A malformed or unknown number and a wrong code
 * are all 404 {@code tracking.not-found}; too many failed guesses (per client address and per case
 * number, counted with every other receipt door's) are 429 {@code tracking.too-many} with
 * Retry-After, answered by {@code DomainExceptionAdvice}.
 */
@RestController
@Tag(name = "tracking")
class TrackingApiController {

  private final Tracking tracking;
  private final MessageSource messages;
  private final Clock clock;

  TrackingApiController(Tracking tracking, MessageSource messages, Clock clock) {
    this.tracking = tracking;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping(path = "/api/v1/tracking/{caseNumber}", produces = "application/json")
  @Operation(
      operationId = "trackCase",
      summary = "Track a case with its verification code",
      description =
          "Service, status, due date, the applicant's masked name and the public"
              + " timeline (no internal notes, no staff). Failed guesses are throttled per client"
              + " address and per case number.")
  @ApiResponse(responseCode = "200", description = "The case's public timeline")
  @ApiResponse(
      responseCode = "404",
      description = "No case with this number and code (malformed, unknown or wrong code alike)")
  @ApiResponse(
      responseCode = "429",
      description = "Too many failed guesses; try again later",
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds to wait",
              schema = @Schema(type = "integer")))
  TrackingView track(
      @Parameter(description = "Case number, e.g. YILAN-JIAOXI-20260213-00042") @PathVariable
          String caseNumber,
      @Parameter(description = "Verification code from the receipt (查詢碼)")
          @RequestParam(required = false)
          @Nullable String code,
      HttpServletRequest request,
      Locale locale) {
    return TrackingView.of(
        tracking.track(caseNumber, code, request.getRemoteAddr()), messages, locale, clock);
  }
}
