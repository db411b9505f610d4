// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;
import tw.civicdesk.platform.settings.PositiveSize;

/**
 * Settings of the documents, checked when the application starts (ADR 0035).
 *
 * @param maxFileSize {@code civicdesk.documents.max-file-size}: the largest file a document takes
 *     (default 10MB; an upload is also bounded by {@code spring.servlet.multipart.max-file-size})
 * @param maxFiles {@code civicdesk.documents.max-files}: files one document holds at most (default
 *     5)
 */
@ConfigurationProperties("civicdesk.documents")
@Validated
public record DocumentsSettings(
    @DefaultValue("10MB") @NotNull @PositiveSize DataSize maxFileSize,
    @DefaultValue("5") @Positive @Max(20) int maxFiles) {}
