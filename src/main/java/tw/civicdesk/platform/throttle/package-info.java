// SPDX-License-Identifier: EUPL-1.2
/**
 * The one throttle (限流) of every public door (ADR 0024): {@link
 * tw.civicdesk.platform.throttle.Throttle} counts attempts per {@link
 * tw.civicdesk.platform.throttle.Limit} and subject atomically, before the work they guard; {@link
 * tw.civicdesk.platform.throttle.AnonymousLimit} limits anonymous submissions per client address
 * and hour. Over a limit the answer is 429 with {@code Retry-After}.
 */
@org.jspecify.annotations.NullMarked
package tw.civicdesk.platform.throttle;
