// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of tracking's doors (ADR 0024); published so that the privacy notice states the
 * lifetimes that are enforced.
 *
 * @param maxFailures {@code civicdesk.tracking.max-failures}: unknown "my cases" link tokens per
 *     client address in a window before every further try gets 429 (default 10); case work's
 *     receipt checks read the same property through a record of their own (the README test checks
 *     that both state the README's default)
 * @param window {@code civicdesk.tracking.window}: the length of that window and of the one of
 *     {@code maxLinkRequests} (default 15 minutes)
 * @param maxLinkRequests {@code civicdesk.tracking.max-link-requests}: requests that send a message
 *     ("my cases" link, contact-change code) per client address and per target in a window, every
 *     request counted (default 5)
 * @param myCasesLinkLifetime {@code civicdesk.tracking.my-cases-link-lifetime}: how long a "my
 *     cases" link works (default 30 minutes)
 * @param contactCodeLifetime {@code civicdesk.tracking.contact-code-lifetime}: how long the code
 *     confirming a new contact address works (default 30 minutes)
 */
@ConfigurationProperties("civicdesk.tracking")
@Validated
public record TrackingSettings(
    @DefaultValue("10") @Positive int maxFailures,
    @DefaultValue("15m") @DurationMin(seconds = 1) Duration window,
    @DefaultValue("5") @Positive int maxLinkRequests,
    @DefaultValue("30m") @DurationMin(seconds = 1) Duration myCasesLinkLifetime,
    @DefaultValue("30m") @DurationMin(seconds = 1) Duration contactCodeLifetime) {}
