// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in page; the form posts to Spring Security's own {@code POST /sign-in}. */
@Controller
class SignInController {

  static final String VIEW = "identity/sign-in";

  @GetMapping("/sign-in")
  String signIn(
      @org.springframework.web.bind.annotation.RequestParam(required = false)
          @org.jspecify.annotations.Nullable
          String error,
      @org.springframework.web.bind.annotation.RequestParam(required = false)
          @org.jspecify.annotations.Nullable
          String locked,
      org.springframework.ui.Model model) {
    model.addAttribute("failed", error != null);
    model.addAttribute("locked", locked != null);
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    boolean signedIn =
        current != null
            && current.isAuthenticated()
            && !(current instanceof AnonymousAuthenticationToken);
    return signedIn ? "redirect:/console" : VIEW;
  }
}
