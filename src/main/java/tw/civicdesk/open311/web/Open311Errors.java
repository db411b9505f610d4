// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.error.Problems;
import tw.civicdesk.platform.error.TooManyRequestsException;

/**
 * Answers every error of the Open311 endpoints in the specification's form — a list of {@code code}
 * (the HTTP status) and {@code description} — in the format the path asks for, with the
 * specification's status codes: 400 for a request that is missing or breaks something (also what
 * the rest of CivicDesk answers 422), 403 for a missing, unknown, revoked or other agency's API
 * key, 404 for an unknown jurisdiction, service, request or token, 429 (with {@code Retry-After})
 * when a key has used up its hour, 500 for anything unexpected. Several problems of one request are
 * several errors.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

  private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

  /** The names the petitions module gives fields, as Open311 names them. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "applicant.name", "first_name",
          "applicant.email", "email",
          "applicant.phone", "phone",
          "place.address", "address_string",
          "place.lat", "lat",
          "category", "service_code",
          "kind", "service_code",
          "subject", "service_code");

  private final Open311Answers answers;
  private final MessageSource messages;
  private final Problems problems;

  Open311Errors(Open311Answers answers, MessageSource messages, Problems problems) {
    this.answers = answers;
    this.messages = messages;
    this.problems = problems;
  }

  @ExceptionHandler(DomainException.class)
  ResponseEntity<byte[]> domain(DomainException e, HttpServletRequest request, Locale locale) {
    HttpStatus status = statusOf(e);
    List<Open311Answers.Error> errors =
        e instanceof InvalidFields fields
            ? fields.problems().stream()
                .map(p -> new Open311Answers.Error(status.value(), describe(p, locale)))
                .toList()
            : List.of(new Open311Answers.Error(status.value(), problems.detail(e, locale)));
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
    if (e instanceof TooManyRequestsException tooMany) {
      answer.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
    }
    return write(answer, request, errors);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request, Locale locale) {
    log.error("An Open311 request failed: {}", e.getClass().getName(), e);
    return write(
        ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR),
        request,
        List.of(
            new Open311Answers.Error(
                500, messages.getMessage("open311.error.general", null, locale))));
  }

  /** The specification's status: what CivicDesk answers 422 or 409 elsewhere is a 400 here. */
  static HttpStatus statusOf(DomainException e) {
    HttpStatus status = Problems.statusOf(e);
    return e instanceof InvalidInputException || status == HttpStatus.CONFLICT
        ? HttpStatus.BAD_REQUEST
        : status;
  }

  private String describe(InvalidFields.FieldProblem problem, Locale locale) {
    String text =
        messages.getMessage(
            problem.messageKey(), problem.arguments().toArray(), problem.messageKey(), locale);
    if (problem.messageKey().startsWith("open311.")) {
      return text;
    }
    return FIELDS.getOrDefault(problem.field(), problem.field()) + ": " + text;
  }

  private ResponseEntity<byte[]> write(
      ResponseEntity.BodyBuilder answer,
      HttpServletRequest request,
      List<Open311Answers.Error> errors) {
    Open311Format as = Open311Format.ofPath(request.getRequestURI());
    return answer.contentType(as.mediaType()).body(as.write(answers.errors(errors)));
  }
}
