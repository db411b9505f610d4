// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the petition statistics.
 *
 * @param repeatWindowDays {@code civicdesk.petitions.repeat-window-days}: a case is a repeat when
 *     the same petitioner (e-mail or phone) filed a case of the same category at the same agency
 *     received within this many days before it (default 90, 1 to 365; docs/petitions.md)
 */
@ConfigurationProperties("civicdesk.petitions")
@Validated
record StatisticsSettings(@DefaultValue("90") @Min(1) @Max(365) int repeatWindowDays) {}
