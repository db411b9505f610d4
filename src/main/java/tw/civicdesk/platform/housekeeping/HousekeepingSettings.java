// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.housekeeping;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.CronOrOff;

/**
 * Settings of the daily housekeeping.
 *
 * @param cron {@code civicdesk.housekeeping.cron}: when the {@code housekeeping} task runs, a cron
 *     expression in Taiwan time (default {@code 0 15 3 * * *}, 03:15 every day); {@code -} turns it
 *     off
 */
@ConfigurationProperties("civicdesk.housekeeping")
@Validated
record HousekeepingSettings(@DefaultValue("0 15 3 * * *") @NotBlank @CronOrOff String cron) {}
