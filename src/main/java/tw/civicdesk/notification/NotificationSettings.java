// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dispatcher's settings: {@code civicdesk.notification.backoff} (first retry delay, doubled
 * per failed attempt, at most {@link #MAX_DELAY}), {@code civicdesk.notification.max-attempts}
 * (failed sends before a message is marked failed), {@code civicdesk.notification.batch} (most
 * messages one run sends) and {@code civicdesk.public-base-url} (where links in messages point).
 */
@Component
class NotificationSettings {

  /** The longest wait between two attempts. */
  static final Duration MAX_DELAY = Duration.ofHours(1);

  private final Duration backoff;
  private final int maxAttempts;
  private final int batch;
  private final String publicBaseUrl;

  NotificationSettings(@Value("${civicdesk.notification.backoff:10s}") Duration backoff,
      @Value("${civicdesk.notification.max-attempts:10}") int maxAttempts,
      @Value("${civicdesk.notification.batch:100}") int batch,
      @Value("${civicdesk.public-base-url:http://localhost:8080}") String publicBaseUrl) {
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.batch = batch;
    this.publicBaseUrl = publicBaseUrl.endsWith("/")
        ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
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

  /** The site's public address without a trailing slash, e.g. {@code http://localhost:8080}. */
  String publicBaseUrl() {
    return publicBaseUrl;
  }
}
