// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the calendar's snapshot cache.
 *
 * @param refreshInterval {@code civicdesk.calendar.refresh-interval}: the longest time a node
 *     serves a calendar another node has changed (default 60 s)
 */
@ConfigurationProperties("civicdesk.calendar")
@Validated
record CalendarSettings(@DefaultValue("60s") @DurationMin(millis = 1) Duration refreshInterval) {}
