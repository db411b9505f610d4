// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.error;

import java.time.Duration;

/**
 * Too many attempts or requests from a client or for a record within a window: answered 429 with
 * {@code Retry-After} (a problem detail on the API, the localized error page on the site). The
 * message's first argument is the wait in whole minutes (at least one), so that every message can
 * say when to try again; further arguments are the subclass's.
 *
 * <p>Not a form error: {@code FormSupport.reject} rethrows it, so that a page that turns domain
 * errors into field errors still answers the whole request with 429.
 */
public class TooManyRequestsException extends DomainException {

  private final Duration retryAfter;

  /**
   * @param messageKey the message, whose argument {@code {0}} is the wait in minutes
   * @param retryAfter how long until the client may try again; a second at least is answered
   * @param arguments the message's further arguments, {@code {1}} onwards
   */
  public TooManyRequestsException(String messageKey, Duration retryAfter, Object... arguments) {
    super(
        messageKey,
        "too many requests; retry after " + retryAfter,
        withMinutes(retryAfter, arguments));
    this.retryAfter = retryAfter;
  }

  /** How long until the client may try again. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** {@link #retryAfter()} in whole seconds, rounded up, at least 1: the Retry-After header. */
  public long retryAfterSeconds() {
    return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
  }

  private static Object[] withMinutes(Duration retryAfter, Object... arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return all;
  }
}
