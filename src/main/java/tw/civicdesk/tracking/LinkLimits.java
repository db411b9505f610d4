// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tw.civicdesk.platform.throttle.Limit;
import tw.civicdesk.platform.throttle.Throttle;

/**
 * Tracking's two limits in the one {@link Throttle} (ADR 0024), beside case work's receipt checks:
 * requests that send a message — a "my cases" link, a contact-change code — where <em>every</em>
 * request counts, at most {@code civicdesk.tracking.max-link-requests} per client address and per
 * target (the e-mail address asked for, the case whose contact changes) in a window, so that nobody
 * can flood a mailbox or a phone; and guesses of a "my cases" link token, where failures count like
 * wrong receipt codes ({@code civicdesk.tracking.max-failures}). Targets are stored only as
 * digests. Call outside a transaction.
 */
@Component
class LinkLimits {

  private final Throttle throttle;
  private final Limit requests;
  private final Limit tokens;

  LinkLimits(Throttle throttle, TrackingSettings settings) {
    this.throttle = throttle;
    this.requests =
        new Limit(
            "links", settings.maxLinkRequests(), settings.window(), "tracking.links.too-many");
    this.tokens =
        new Limit("link-tokens", settings.maxFailures(), settings.window(), "tracking.too-many");
  }

  /**
   * Counts a request that sends a message to {@code target} (e.g. {@code email:} + the normalised
   * address, {@code contact:} + the case number) from {@code clientAddress}.
   *
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when the address or the target has
   *     had its requests in the current window; nothing is counted then
   */
  void request(String clientAddress, String target) {
    throttle.take(
        requests, List.of(Throttle.address(clientAddress), "target:" + Throttle.digest(target)));
  }

  /**
   * Looks a link token up as a guess from {@code clientAddress}: an unknown or expired token counts
   * against the address.
   *
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when the address has had too many
   *     failures in the current window, before the lookup
   */
  <T> Optional<T> token(String clientAddress, Supplier<Optional<T>> lookup) {
    return throttle.guess(tokens, List.of(Throttle.address(clientAddress)), lookup);
  }

  /** The limit of message-sending requests, e.g. for tests. */
  Limit requests() {
    return requests;
  }
}
