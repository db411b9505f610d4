// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tw.civicdesk.platform.web.LayoutModelAdvice;

/**
 * Answers every error the container forwards to {@code /error}: JSON API paths and clients that ask
 * for JSON get a problem detail; everyone else a localized error page. Neither ever shows an
 * exception or stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

  private final Problems problems;

  ErrorPageController(Problems problems) {
    this.problems = problems;
  }

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request) {
    HttpStatus status = status(request);
    if (wantsJson(request)) {
      return new ModelAndView(new ProblemJsonView(problem(status, request)));
    }
    ModelAndView page = new ModelAndView(ErrorViews.VIEW, status);
    page.addAllObjects(ErrorViews.model(status));
    page.addObject("layout", LayoutModelAdvice.LayoutInfo.of(request, locale(request)));
    return page;
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    HttpStatus status = status(request);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem(status, request));
  }

  private ProblemDetail problem(HttpStatus status, HttpServletRequest request) {
    ProblemDetail problem = problems.forStatus(status, locale(request));
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
      problem.setInstance(java.net.URI.create(uri));
    }
    return problem;
  }

  private static boolean wantsJson(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
  }

  private static Locale locale(HttpServletRequest request) {
    return org.springframework.web.servlet.support.RequestContextUtils.getLocale(request);
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }
}
