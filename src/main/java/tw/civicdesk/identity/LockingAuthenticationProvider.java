// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check with the lockout ({@link SignInFailures}): every attempt — form or HTTP
 * Basic — is counted per username, per client address and per pair <em>before</em> the password is
 * looked at, and refused with {@link LockedException} when a limit is reached; an attempt that
 * signs in is refunded. Whatever else fails (wrong password, unknown or disabled account) stays
 * counted.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider passwordCheck;
  private final SignInFailures failures;

  LockingAuthenticationProvider(AuthenticationProvider passwordCheck, SignInFailures failures) {
    this.passwordCheck = passwordCheck;
    this.failures = failures;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName() == null ? "" : authentication.getName();
    String address = addressOf(authentication);
    if (!failures.reserve(username, address)) {
      throw new LockedException("locked");
    }
    Authentication result = passwordCheck.authenticate(authentication);
    failures.succeeded(username, address);
    return result;
  }

  /** The client address the web filters recorded, or {@code null} outside a web request. */
  private static @Nullable String addressOf(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
