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
 * lifetimes that are enforced. {@code civicdesk.tracking.max-failures} and {@code .window} are
 * case work's ({@link tw.civicdesk.casework.ReceiptCheckSettings}): unknown "my cases" link
 * tokens count like wrong receipt codes, and the window is the one of {@code maxLinkRequests}
 * too.
 *
 * @param maxLinkRequests {@code civicdesk.tracking.max-link-requests}: requests that send a
 *     message ("my cases" link, contact-change code) per client address and per target in a
 *     window, every request counted (default 5)
 * @param myCasesLinkLifetime {@code civicdesk.tracking.my-cases-link-lifetime}: how long a "my
 *     cases" link works (default 30 minutes)
 * @param contactCodeLifetime {@code civicdesk.tracking.contact-code-lifetime}: how long the code
 *     confirming a new contact address works (default 30 minutes)
 */
@ConfigurationProperties("civicdesk.tracking")
@Validated
public record TrackingSettings(@DefaultValue("5") @Positive int maxLinkRequests,
    @DefaultValue("30m") @DurationMin(seconds = 1) Duration myCasesLinkLifetime,
    @DefaultValue("30m") @DurationMin(seconds = 1) Duration contactCodeLifetime) {}
