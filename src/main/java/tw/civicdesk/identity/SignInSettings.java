// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of failed sign-ins ({@link SignInFailures}, ADR 0026).
 *
 * @param maxFailedSignIns {@code civicdesk.security.max-failed-sign-ins}: failures of one username
 *     from one client address that lock that pair (default 5)
 * @param maxFailedSignInsPerAddress {@code civicdesk.security.max-failed-sign-ins-per-address}:
 *     failures from one client address, whatever the usernames, that lock the address (default 30)
 * @param maxFailedSignInsPerUsername {@code civicdesk.security.max-failed-sign-ins-per-username}:
 *     failures of one username from every address together that lock it everywhere (default 50)
 * @param lockout {@code civicdesk.security.lockout}: the window of the three counts, and how long a
 *     lock lasts after the failure that reached it (default 15 minutes)
 */
@ConfigurationProperties("civicdesk.security")
@Validated
record SignInSettings(
    @DefaultValue("5") @Positive int maxFailedSignIns,
    @DefaultValue("30") @Positive int maxFailedSignInsPerAddress,
    @DefaultValue("50") @Positive int maxFailedSignInsPerUsername,
    @DefaultValue("15m") @DurationMin(seconds = 1) Duration lockout) {}
