// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.time.Instant;

/**
 * A file attached to a progress report as evidence, as listed (its content is fetched apart).
 *
 * @param fileName the sanitised name
 * @param contentType the type detected from the content
 */
public record EvidenceFile(
    long id,
    long reportId,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
