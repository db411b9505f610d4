// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.PositiveSize;

/**
 * The settings of case work ({@code civicdesk.casework.*}), checked when the application starts: a
 * value out of range stops the start with a message naming the property.
 *
 * @param supplementDays the calendar days to supply documents in (補正期間) when staff name none,
 *     {@value Case#SUPPLEMENT_DAYS_MIN}–{@value Case#SUPPLEMENT_DAYS_MAX}
 * @param attachments the limits on a case's files
 */
@ConfigurationProperties("civicdesk.casework")
@Validated
public record CaseworkSettings(
    @DefaultValue("7") @Min(Case.SUPPLEMENT_DAYS_MIN) @Max(Case.SUPPLEMENT_DAYS_MAX)
        int supplementDays,
    @DefaultValue @Valid @NotNull Attachments attachments) {

  /**
   * The limits on a case's files.
   *
   * @param maxSize the largest file accepted, more than nothing
   * @param maxCount the most files a case holds, at least 1
   */
  public record Attachments(
      @DefaultValue("10MB") @NotNull @PositiveSize DataSize maxSize,
      @DefaultValue("10") @Min(1) int maxCount) {}
}
