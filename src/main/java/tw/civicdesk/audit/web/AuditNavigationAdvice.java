// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit.web;

import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the console layout whether to show the audit log in its navigation. */
@ControllerAdvice
class AuditNavigationAdvice {

  @ModelAttribute("auditConsoleVisible")
  boolean auditConsoleVisible(@Nullable Principal principal) {
    return principal instanceof Authentication user && AuditScope.mayView(user);
  }
}
