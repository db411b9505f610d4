// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.CronOrOff;

/**
 * Settings of the link lists and their weekly check, checked when the application starts (ADR
 * 0064).
 *
 * @param checkCron {@code civicdesk.links.check-cron}: when the weekly link check runs, in Taiwan
 *     time (default {@code 0 30 3 * * MON}, Mondays 03:30); {@code -} turns it off
 * @param connectTimeout {@code civicdesk.links.connect-timeout}: how long to wait for a connection
 *     (default 5s)
 * @param requestTimeout {@code civicdesk.links.request-timeout}: how long to wait for an answer's
 *     status and headers, per request (default 10s)
 * @param maxRedirects {@code civicdesk.links.max-redirects}: redirects followed before a link
 *     counts as broken (default 5)
 * @param hostPace {@code civicdesk.links.host-pace}: the least time between two requests to the
 *     same host (default 2s)
 * @param allowPrivateAddresses {@code civicdesk.links.allow-private-addresses}: whether the check
 *     may connect to loopback, private and link-local addresses (default false; tests set it to
 *     reach their local server)
 */
@ConfigurationProperties("civicdesk.links")
@Validated
public record LinksSettings(
    @DefaultValue("0 30 3 * * MON") @NotNull @CronOrOff String checkCron,
    @DefaultValue("5s") @NotNull Duration connectTimeout,
    @DefaultValue("10s") @NotNull Duration requestTimeout,
    @DefaultValue("5") @Min(0) @Max(20) int maxRedirects,
    @DefaultValue("2s") @NotNull Duration hostPace,
    @DefaultValue("false") boolean allowPrivateAddresses) {}
