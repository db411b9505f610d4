// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Ends a staff member's session at their first request after an administrator disabled their
 * account, changed its roles or unit, or reset its password ({@link Organisation#isCurrent}): the
 * session is invalidated and the request goes on unauthenticated, so the console sends them to sign
 * in and the API answers 401. It asks the database on every authenticated request — session or HTTP
 * Basic — so a change made on one node holds on every node at once.
 *
 * <p>Runs after the authentication filters and before the anonymous one, so that an ended session
 * becomes an anonymous request that the path rules then judge.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

  private final Organisation organisation;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  CurrentAccountFilter(Organisation organisation) {
    this.organisation = organisation;
  }

  /** Static files show nothing of anyone's: no need to ask the database for them. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = contexts.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof StaffPrincipal staff
        && !organisation.isCurrent(staff)) {
      contexts.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
    }
    chain.doFilter(request, response);
  }
}
