// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tw.civicdesk.platform.address.PublicAddress;

/**
 * The dispatcher's settings: {@code civicdesk.notification.backoff} (first retry delay, doubled
 * per failed attempt, at most {@link #MAX_DELAY}), {@code civicdesk.notification.max-attempts}
 * (failed sends before a message is marked failed), {@code civicdesk.notification.batch} (most
 * messages one run sends) and the site's address links in messages point to ({@link
 * PublicAddress}: {@code civicdesk.public-base-url}, else the address of the request that queues
 * the message, else none).
 */
@Component
class NotificationSettings {

  /** The longest wait between two attempts. */
  static final Duration MAX_DELAY = Duration.ofHours(1);

  private final Duration backoff;
  private final int maxAttempts;
  private final int batch;
  private final PublicAddress address;

  NotificationSettings(@Value("${civicdesk.notification.backoff:10s}") Duration backoff,
      @Value("${civicdesk.notification.max-attempts:10}") int maxAttempts,
      @Value("${civicdesk.notification.batch:100}") int batch,
      PublicAddress address) {
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.batch = batch;
    this.address = address;
  }

  /** The wait after the {@code attempts}-th failed attempt: backoff · 2^(attempts−1), capped. */
  Duration delayAfter(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration delay = backoff.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  int maxAttempts() {
    return maxAttempts;
  }

  int batch() {
    return batch;
  }

  /**
   * The site's public address without a trailing slash, e.g. {@code https://desk.yilan.gov.tw};
   * empty when neither the setting nor a current request gives one.
   */
  String publicBaseUrl() {
    return address.baseUrl();
  }

  /**
   * The absolute link to {@code path} (starting with a slash), or {@code null} when no address is
   * known (outside a request with the setting unset): a message then goes without the link rather
   * than with a guessed host.
   */
  @Nullable String link(String path) {
    String base = address.baseUrl();
    return base.isEmpty() ? null : base + path;
  }
}
