// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.platform.address.PublicAddress;

/**
 * Absolute links in messages, on the site's address ({@link PublicAddress}: {@code
 * civicdesk.public-base-url}, else the address of the request that queues the message, else none).
 */
@Component
class MessageLinks {

  private final PublicAddress address;

  MessageLinks(PublicAddress address) {
    this.address = address;
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
