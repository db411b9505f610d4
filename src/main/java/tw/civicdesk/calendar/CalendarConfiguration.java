// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the snapshot cache. Creating it loads the shipped calendar (missing days only) and then the
 * first snapshot, both during start-up: any bean that receives a {@link WorkingCalendar} can use it
 * at once, and the first request does not pay for the load.
 *
 * <p>The time source is the application's {@link Clock} bean, or the system UTC clock while there
 * is none. {@code civicdesk.calendar.refresh-interval} ({@link CalendarSettings}) bounds how long a
 * change made on another node can go unseen.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  SnapshotCache calendarSnapshotCache(
      CalendarStore store,
      ShippedCalendarLoader shipped,
      ObjectProvider<Clock> clock,
      CalendarSettings settings) {
    shipped.loadMissingDays();
    SnapshotCache cache =
        new SnapshotCache(
            store::loadSnapshot,
            clock.getIfAvailable(Clock::systemUTC),
            settings.refreshInterval());
    cache.current();
    return cache;
  }
}
