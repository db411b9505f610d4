// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.CronOrOff;

/**
 * Settings of the FAQ, checked when the application starts (ADR 0035).
 *
 * @param votesPerHour {@code civicdesk.faq.votes-per-hour}: "did this help?" votes one client
 *     address may send an hour (default 30; ADR 0024); the limit of the door {@value #VOTE_DOOR}
 * @param reviewCron {@code civicdesk.faq.review-cron}: when the daily reminder of passed review
 *     dates runs, in Taiwan time (default {@code 0 15 8 * * *}, 08:15 every day); {@code -} turns
 *     it off
 */
@ConfigurationProperties("civicdesk.faq")
@Validated
public record FaqSettings(
    @DefaultValue("30") @Positive int votesPerHour,
    @DefaultValue("0 15 8 * * *") @NotNull @CronOrOff String reviewCron) {

  /** The anonymous door of the "did this help?" votes. */
  public static final String VOTE_DOOR = "faq-votes";
}
