// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Wraps the password check with the lockout: a locked username is refused before its password is
 * looked at; a wrong password counts as a failure; a success clears the count.
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
    if (failures.isLocked(username)) {
      throw new LockedException("locked");
    }
    try {
      Authentication result = passwordCheck.authenticate(authentication);
      failures.clear(username);
      return result;
    } catch (BadCredentialsException e) {
      failures.recordFailure(username);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
