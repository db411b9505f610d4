// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.CronOrOff;
import tw.civicdesk.platform.settings.PositiveSize;

/**
 * Settings of the announcements, checked when the application starts (ADR 0035).
 *
 * @param maxAttachmentSize {@code civicdesk.announcements.max-attachment-size}: the largest file an
 *     announcement takes (default 10MB; the multipart limit of 11MB stays above it)
 * @param maxAttachments {@code civicdesk.announcements.max-attachments}: files one announcement
 *     holds at most (default 10)
 * @param pageSize {@code civicdesk.announcements.page-size}: announcements per public page and
 *     entries per feed (default 20)
 * @param indexCron {@code civicdesk.announcements.index-cron}: when the sweep puts announcements
 *     whose publish time passed into the search index and takes expired ones out, in Taiwan time
 *     (default {@code 0 * * * * *}, every minute); {@code -} turns it off
 */
@ConfigurationProperties("civicdesk.announcements")
@Validated
public record AnnouncementsSettings(
    @DefaultValue("10MB") @NotNull @PositiveSize DataSize maxAttachmentSize,
    @DefaultValue("10") @Positive @Max(50) int maxAttachments,
    @DefaultValue("20") @Positive @Max(100) int pageSize,
    @DefaultValue("0 * * * * *") @NotNull @CronOrOff String indexCron) {}
