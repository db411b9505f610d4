// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.CronOrOff;

/**
 * Settings of open data ({@code civicdesk.opendata.*}), checked when the application starts.
 *
 * @param minimumCount {@code minimum-count}: the smallest count published, k (default 3; ADR 0066)
 * @param refreshCron {@code refresh-cron}: when the daily refresh builds the closed periods'
 *     snapshots, in Taiwan time (default {@code 0 40 2 * * *}); {@code -} turns it off
 * @param backfill {@code backfill}: how many closed periods of each dataset a refresh builds when
 *     they are missing (default 12)
 * @param buildAtStart {@code build-at-start}: whether the application builds missing snapshots once
 *     it has started (default true), so a new site has data before the first night
 * @param publisher {@code publisher}: the providing authority (提供機關) named in the metadata
 * @param publisherEn {@code publisher-en}: its English name
 * @param contactName {@code contact-name}: the contact person or desk (聯絡人)
 * @param contactPhone {@code contact-phone}: the contact's phone (聯絡電話)
 * @param contactEmail {@code contact-email}: the contact's e-mail
 */
@ConfigurationProperties("civicdesk.opendata")
@Validated
public record OpenDataSettings(
    @DefaultValue("3") @Min(2) @Max(100) int minimumCount,
    @DefaultValue("0 40 2 * * *") @NotNull @CronOrOff String refreshCron,
    @DefaultValue("12") @Min(1) @Max(120) int backfill,
    @DefaultValue("true") boolean buildAtStart,
    @DefaultValue("CivicDesk 為民服務平臺") @NotBlank String publisher,
    @DefaultValue("CivicDesk public service desk") @NotBlank String publisherEn,
    @DefaultValue("資料開放窗口") @NotBlank String contactName,
    @DefaultValue("02-1234-5678") @NotBlank String contactPhone,
    @DefaultValue("opendata@civicdesk.example") @NotBlank @Email String contactEmail) {}
