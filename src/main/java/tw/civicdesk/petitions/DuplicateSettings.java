// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What makes two petitions or reports likely duplicates ({@code civicdesk.petitions.duplicates.*},
 * ADR 0041), checked when the application starts.
 *
 * @param radius {@code civicdesk.petitions.duplicates.radius}: the distance in metres within which
 *     two cases of the same category are at the same place (default 50)
 * @param window {@code civicdesk.petitions.duplicates.window}: how far apart in time two cases may
 *     have been filed to be duplicates (default 14 days)
 * @param similarity {@code civicdesk.petitions.duplicates.similarity}: the share of the text two
 *     cases of the same petitioner must share to be duplicates, 0.1 to 1 (default 0.5)
 */
@ConfigurationProperties("civicdesk.petitions.duplicates")
@Validated
public record DuplicateSettings(
    @DefaultValue("50") @Min(1) @Max(5000) int radius,
    @DefaultValue("14d") @DurationMin(hours = 1) Duration window,
    @DefaultValue("0.5") @DecimalMin("0.1") @DecimalMax("1.0") double similarity) {}
