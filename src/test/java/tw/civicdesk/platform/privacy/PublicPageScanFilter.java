// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.privacy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Hands the body of every public HTML or JSON answer to {@link PersonalDataScan}, with what its
 * request sent (parameters and body). Public means everything but the console ({@code
 * /console/**}) and the staff APIs ({@code /api/v1/staff/**}, and any {@code /api/**} answered
 * to a signed-in staff member). Runs inside Spring Security's filter chain, so it knows who asks.
 */
class PublicPageScanFilter extends OncePerRequestFilter {

  private static final int MAX_ECHO = 1 << 20;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
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
      if (type != null && (type.contains("html") || type.contains("json"))
          && !(path.startsWith("/api/") && staff())) {
        PersonalDataScan.page(request.getMethod() + " " + path,
            new String(out.getContentAsByteArray(), StandardCharsets.UTF_8), echo(in));
      }
    } finally {
      out.copyBodyToResponse();
    }
  }

  private static boolean staff() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
  }

  /** What the request sent: its parameters' values and its body. */
  private static String echo(ContentCachingRequestWrapper request) {
    StringBuilder sent = new StringBuilder();
    request.getParameterMap().values().forEach(values -> {
      for (String v : values) {
        sent.append(v).append('\n');
      }
    });
    sent.append(new String(request.getContentAsByteArray(), StandardCharsets.UTF_8));
    return sent.toString();
  }
}
