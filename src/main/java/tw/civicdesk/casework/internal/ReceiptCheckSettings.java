// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The throttle of the one receipt check ({@link ReceiptChecks}), under {@code civicdesk.tracking}
 * where the tracking page's other settings are; checked when the application starts.
 *
 * @param maxFailures failed checks answered per client address and per case number in one window,
 *     at least 1
 * @param window how long failed checks are counted, at least a second
 */
@ConfigurationProperties("civicdesk.tracking")
@Validated
public record ReceiptCheckSettings(
    @DefaultValue("10") @Min(1) int maxFailures,
    @DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration window) {}
