// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.PositiveSize;

/**
 * Settings of the proposals, checked when the application starts (ADR 0035).
 *
 * @param anonymousPerHour {@code civicdesk.proposals.anonymous-per-hour}: citizen proposals one
 *     client address may send an hour (default 5; ADR 0024), the limit of the door {@value
 *     #CITIZEN_DOOR}
 * @param maxAttachmentSize {@code civicdesk.proposals.max-attachment-size}: the largest file a
 *     proposal takes (default 5MB)
 * @param maxAttachments {@code civicdesk.proposals.max-attachments}: files one proposal holds at
 *     most (default 5)
 */
@ConfigurationProperties("civicdesk.proposals")
@Validated
public record ProposalsSettings(
    @DefaultValue("5") @Positive int anonymousPerHour,
    @DefaultValue("5MB") @NotNull @PositiveSize DataSize maxAttachmentSize,
    @DefaultValue("5") @Positive @Max(50) int maxAttachments) {

  /** The anonymous door of the citizens' proposal form. */
  public static final String CITIZEN_DOOR = "proposals";
}
