// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.privacy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Hands the body of every public HTML or JSON answer to {@link PersonalDataScan}, with what its
 * request sent (parameters and body) — and, for an online application, the answers this same
 * browser session sent on its question page and now sees again on the check-answers page and the
 * question page it changes them on (ADR 0031): what a person typed, shown back only to them. Public
 * means everything but the console ({@code /console/**}) and the staff APIs ({@code
 * /api/v1/staff/**}, and any {@code /api/**} answered to a signed-in staff member). Runs inside
 * Spring Security's filter chain, so it knows who asks.
 */
class PublicPageScanFilter extends OncePerRequestFilter {

  private static final int MAX_ECHO = 1 << 20;

  /** The session attribute of intake's {@code ApplicationDrafts}. */
  private static final String DRAFTS = "civicdesk.application-drafts";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    if (path.startsWith("/console") || path.startsWith("/api/v1/staff")) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingRequestWrapper in = new ContentCachingRequestWrapper(request, MAX_ECHO);
    ContentCachingResponseWrapper out = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(in, out);
      String type = out.getContentType();
      if (type != null
          && (type.contains("html") || type.contains("json"))
          && !(path.startsWith("/api/") && staff())) {
        PersonalDataScan.page(
            request.getMethod() + " " + path,
            new String(out.getContentAsByteArray(), StandardCharsets.UTF_8),
            echo(in) + sessionDrafts(request));
      }
    } finally {
      out.copyBodyToResponse();
    }
  }

  private static boolean staff() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    return user != null
        && user.isAuthenticated()
        && !(user instanceof AnonymousAuthenticationToken);
  }

  /**
   * The answers of the online applications this session sent earlier, kept in its session ({@code
   * ApplicationDrafts}, ADR 0031): every text property of each draft and its form values.
   */
  private static String sessionDrafts(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object drafts = session == null ? null : session.getAttribute(DRAFTS);
    StringBuilder sent = new StringBuilder();
    if (drafts instanceof Map<?, ?> map) {
      for (Object draft : map.values()) {
        BeanWrapper bean = new BeanWrapperImpl(draft);
        for (var property : bean.getPropertyDescriptors()) {
          Object value =
              bean.isReadableProperty(property.getName())
                  ? bean.getPropertyValue(property.getName())
                  : null;
          if (value instanceof String text) {
            sent.append(text).append('\n');
          } else if (value instanceof Map<?, ?> fields) {
            fields.values().forEach(v -> sent.append(v).append('\n'));
          }
        }
      }
    }
    return sent.toString();
  }

  /** What the request sent: its parameters' values and its body. */
  private static String echo(ContentCachingRequestWrapper request) {
    StringBuilder sent = new StringBuilder();
    request
        .getParameterMap()
        .values()
        .forEach(
            values -> {
              for (String v : values) {
                sent.append(v).append('\n');
              }
            });
    sent.append(new String(request.getContentAsByteArray(), StandardCharsets.UTF_8));
    return sent.toString();
  }
}
