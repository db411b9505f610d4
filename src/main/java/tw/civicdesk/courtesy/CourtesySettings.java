// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.CronOrOff;

/**
 * Settings of the phone-courtesy tests, checked when the application starts (ADR 0035).
 *
 * @param threshold {@code civicdesk.courtesy.threshold}: the score under which a test opens a
 *     follow-up, for an agency that has not set its own (default 80)
 * @param followUpDays {@code civicdesk.courtesy.follow-up-days}: working days the unit has for its
 *     improvement report (default 10)
 * @param remindDays {@code civicdesk.courtesy.remind-days}: working days before the due date on
 *     which the unit's heads are reminded (default 2)
 * @param chaseCron {@code civicdesk.courtesy.chase-cron}: when the daily chase of follow-ups runs,
 *     in Taiwan time (default {@code 0 20 8 * * *}); {@code -} turns it off
 */
@ConfigurationProperties("civicdesk.courtesy")
@Validated
public record CourtesySettings(
    @DefaultValue("80") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal threshold,
    @DefaultValue("10") @Positive int followUpDays,
    @DefaultValue("2") @PositiveOrZero int remindDays,
    @DefaultValue("0 20 8 * * *") @NotNull @CronOrOff String chaseCron) {}
