// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.internal.AttachmentContent;

/**
 * A file attached to a case (a scanned document, a photo), as stored: metadata only, the bytes come
 * with {@link AttachmentContent}. Never changed once stored.
 *
 * @param id unique among all attachments, rising in upload order
 * @param filename the sanitised name (no path, no control characters, CJK kept, extension of the
 *     detected type), never the raw name the client sent
 * @param contentType the media type detected from the content, never the client's claim
 * @param size bytes, above zero
 * @param sha256 lower-case hex SHA-256 of the content, 64 characters
 * @param uploadedBy who attached it ({@link Actor#who()})
 * @param document the name of the required document (應備文件) it answers, or {@code null}
 */
public record Attachment(
    long id,
    CaseNumber caseNumber,
    String filename,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    @Nullable String document) {}
