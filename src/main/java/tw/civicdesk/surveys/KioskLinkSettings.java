// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many activation links that find no waiting kiosk one client address may try in a window: the
 * same settings as every other door that takes a secret ({@code civicdesk.tracking.max-failures}
 * and {@code civicdesk.tracking.window}, ADR 0024), read under their prefix as case work reads
 * them.
 *
 * @param maxFailures failed look-ups answered per client address in one window, at least 1
 * @param window how long failed look-ups are counted, at least a second
 */
@ConfigurationProperties("civicdesk.tracking")
@Validated
record KioskLinkSettings(
    @DefaultValue("10") @Min(1) int maxFailures,
    @DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration window) {}
