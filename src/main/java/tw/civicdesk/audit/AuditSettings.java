// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.CronOrOff;

/**
 * Settings of the audit chain's anchor (ADR 0029).
 *
 * @param anchorFile {@code civicdesk.audit.anchor-file}: the file outside the database holding the
 *     newest entry's id and hash; empty (the default): {@code audit-anchor} beside {@code
 *     civicdesk.embedded-db.dir}, or a throw-away file when that is throw-away too
 * @param headLogCron {@code civicdesk.audit.head-log-cron}: when the newest entry's id and hash are
 *     written to the application log, a cron expression in Taiwan time (default {@code 0 5 0 * *
 *     *}, 00:05 every day); {@code -} turns it off
 */
@ConfigurationProperties("civicdesk.audit")
@Validated
record AuditSettings(
    @DefaultValue("") String anchorFile,
    @DefaultValue("0 5 0 * * *") @NotBlank @CronOrOff String headLogCron) {}
