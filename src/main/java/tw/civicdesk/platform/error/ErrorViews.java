// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/** The one error page template and the message keys it shows for a status. */
final class ErrorViews {

  static final String VIEW = "error/page";

  /** Statuses with their own wording; every other 4xx/5xx uses the generic text. */
  private static final Set<Integer> SPECIFIC =
      Set.of(400, 401, 403, 404, 405, 409, 413, 422, 429, 500, 503);

  private ErrorViews() {}

  static Map<String, Object> model(HttpStatus status) {
    String prefix =
        SPECIFIC.contains(status.value())
            ? "error." + status.value()
            : status.is4xxClientError() ? "error.4xx" : "error.5xx";
    return Map.of(
        "status", status.value(), "titleKey", prefix + ".title", "textKey", prefix + ".text");
  }
}
