// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import tw.civicdesk.platform.web.LayoutModelAdvice;

/**
 * Turns a {@link DomainException} that reached a controller into its HTTP answer: a problem detail
 * under {@code /api/}, the localized error page elsewhere, with the exception's message (and its
 * arguments) as the detail. Pages that can show a field error catch the exception themselves before
 * it gets here. A {@link TooManyRequestsException} — also one thrown by a handler interceptor
 * before the handler — adds {@code Retry-After} to either answer.
 *
 * <p>A domain exception that Spring wrapped while converting a parameter or reading a body (the
 * text check of ADR 0027 throws from a converter and from the JSON reader, the body limit from the
 * request stream) is answered as itself; any other such failure keeps Spring's plain 400.
 */
@ControllerAdvice
class DomainExceptionAdvice {

  private final Problems problems;

  DomainExceptionAdvice(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(DomainException.class)
  Object handle(
      DomainException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
    HttpStatus status = Problems.statusOf(e);
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
      if (e instanceof TooManyRequestsException tooMany) {
        answer.header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
      }
      return answer
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problems.forException(e, status, locale));
    }
    response.setStatus(status.value());
    if (e instanceof TooManyRequestsException tooMany) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
    }
    ModelAndView page = new ModelAndView(ErrorViews.VIEW, status);
    page.addAllObjects(ErrorViews.model(status));
    page.addObject("layout", LayoutModelAdvice.LayoutInfo.of(request, locale));
    page.addObject("detail", problems.detail(e, locale));
    return page;
  }

  @ExceptionHandler({
    HttpMessageNotReadableException.class,
    MethodArgumentTypeMismatchException.class
  })
  Object wrapped(
      Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale)
      throws Exception {
    DomainException cause = domainCause(e);
    if (cause == null) {
      throw e; // not ours: Spring's own resolver answers 400
    }
    if (e instanceof MethodArgumentTypeMismatchException mismatch
        && cause.field() == null
        && cause instanceof MalformedRequestException) {
      cause =
          new MalformedRequestException(
              mismatch.getName(), cause.messageKey(), cause.messageArguments());
    }
    return handle(cause, request, response, locale);
  }

  private static @org.jspecify.annotations.Nullable DomainException domainCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return domain;
      }
    }
    return null;
  }
}
