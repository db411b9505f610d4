// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.throttle;

/**
 * A door's hourly limit of anonymous requests, published as a bean by the module that owns the door
 * and read from its settings; every handler marked {@code @AnonymousLimit(door = name)} shares it.
 *
 * @param name the door's name, as {@link AnonymousLimit#door()} names it
 * @param perHour requests per client address and hour, at least 1
 */
public record AnonymousDoor(String name, int perHour) {

  public AnonymousDoor {
    if (perHour < 1) {
      throw new IllegalArgumentException("The hourly limit of door " + name + " must be positive");
    }
  }
}
