// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details with a stable {@code type} ({@code urn:civicdesk:problem:<slug>})
 * and a localized {@code title} and {@code detail}.
 */
@Component
public class Problems {

  /** Prefix of every problem type CivicDesk answers with. */
  public static final String TYPE_PREFIX = "urn:civicdesk:problem:";

  private final MessageSource messages;

  Problems(MessageSource messages) {
    this.messages = messages;
  }

  /** A problem for a plain HTTP status, e.g. {@code urn:civicdesk:problem:not-found}. */
  public ProblemDetail forStatus(HttpStatus status, Locale locale) {
    String slug = slug(status);
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create(TYPE_PREFIX + slug));
    problem.setTitle(message("error." + status.value() + ".title", locale, status));
    problem.setDetail(message("error." + status.value() + ".text", locale, status));
    return problem;
  }

  /** The localized message of a domain rule, with its arguments. */
  public String detail(DomainException e, Locale locale) {
    return messages.getMessage(e.messageKey(), e.messageArguments(), e.messageKey(), locale);
  }

  /** A problem for a domain rule; the message key is also the type's slug. */
  public ProblemDetail forException(DomainException e, HttpStatus status, Locale locale) {
    ProblemDetail problem = forStatus(status, locale);
    problem.setType(URI.create(TYPE_PREFIX + e.messageKey()));
    problem.setDetail(detail(e, locale));
    problem.setProperty("code", e.messageKey());
    if (e instanceof InvalidFields fields) {
      problem.setProperty(
          "errors",
          fields.problems().stream()
              .map(
                  f ->
                      Map.of(
                          "field",
                          f.field(),
                          "code",
                          f.messageKey(),
                          "detail",
                          messages.getMessage(
                              f.messageKey(), f.arguments().toArray(), f.messageKey(), locale)))
              .toList());
    } else if (e.field() != null) {
      problem.setProperty(
          "errors",
          List.of(
              Map.of("field", e.field(), "code", e.messageKey(), "detail", problem.getDetail())));
    }
    return problem;
  }

  /** The status a domain exception family answers with. */
  public static HttpStatus statusOf(DomainException e) {
    if (e instanceof NotFoundException) {
      return HttpStatus.NOT_FOUND;
    }
    if (e instanceof ConflictException) {
      return HttpStatus.CONFLICT;
    }
    if (e instanceof ForbiddenException) {
      return HttpStatus.FORBIDDEN;
    }
    if (e instanceof MalformedRequestException) {
      return HttpStatus.BAD_REQUEST;
    }
    if (e instanceof TooLargeException) {
      return HttpStatus.CONTENT_TOO_LARGE;
    }
    if (e instanceof TooManyRequestsException) {
      return HttpStatus.TOO_MANY_REQUESTS;
    }
    return HttpStatus.UNPROCESSABLE_CONTENT;
  }

  /** A short, stable name of a status, e.g. {@code not-found}. */
  public static String slug(HttpStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private String message(String key, Locale locale, HttpStatus status) {
    String generic = status.is4xxClientError() ? "error.4xx" : "error.5xx";
    String fallback =
        messages.getMessage(
            generic + key.substring(key.lastIndexOf('.')), null, status.getReasonPhrase(), locale);
    return messages.getMessage(key, null, fallback == null ? "" : fallback, locale);
  }
}
