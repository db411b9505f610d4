// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client address may call this handler without signing in: at most {@link
 * #perHour()} requests an hour per door, counted by the {@link Throttle} before the handler runs
 * (before its body is even read), so that a request over the limit stores nothing and is answered
 * 429 with {@code Retry-After} — a problem detail under {@code /api/}, the localized error page
 * elsewhere. A signed-in staff member is not counted.
 *
 * <p>For every anonymous form and API that stores something: filing an application, and later
 * petitions, surveys, Open311 requests. Every request counts, refused or not, replays of an
 * idempotency key included (ADR 0024).
 *
 * <p>The limit is the {@link AnonymousDoor} bean of the same name, which the module owning the door
 * publishes from its settings; a marked handler without one stops the start.
 *
 * <pre>{@code
 * @AnonymousLimit(door = "intake")
 * @PostMapping("/api/v1/cases")
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AnonymousLimit {

  /**
   * The door's name, lower case and dashes (e.g. {@code intake}): its own counter per client
   * address, shared by every handler with the same door (the page and the API of one form).
   */
  String door();
}
