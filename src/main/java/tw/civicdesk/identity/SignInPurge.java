// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import java.time.Instant;
import org.springframework.stereotype.Component;
import tw.civicdesk.platform.housekeeping.Purge;

/** Housekeeping of the sign-in counters: deletes those past their lockout window. */
@Component
class SignInPurge implements Purge {

  private final SignInFailures failures;

  SignInPurge(SignInFailures failures) {
    this.failures = failures;
  }

  @Override
  public String name() {
    return "sign-in-attempts";
  }

  @Override
  public int purge(Instant now) {
    return failures.purge(now);
  }
}
