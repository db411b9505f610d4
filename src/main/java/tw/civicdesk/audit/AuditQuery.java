// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import org.jspecify.annotations.Nullable;

/**
 * A page of the audit log for {@link AuditLog#page}: newest first, by id, with keyset paging. Blank
 * filters count as absent; filters match exactly.
 *
 * @param agencyCode only rows of this agency; {@code null} for every agency (system administrators
 *     only; the caller enforces who may ask for what)
 * @param subjectId only rows about this record
 * @param actor only rows by this username
 * @param beforeId only rows older than this id (the last id of the previous page); {@code null} for
 *     the newest page
 * @param limit how many rows at most, 1 to {@value #MAX_LIMIT}; larger values are capped, smaller
 *     ones raised to 1
 */
public record AuditQuery(
    @Nullable String agencyCode,
    @Nullable String subjectId,
    @Nullable String actor,
    @Nullable Long beforeId,
    int limit) {

  /** The most rows one page may have. */
  public static final int MAX_LIMIT = 500;

  public AuditQuery {
    agencyCode = blankToNull(agencyCode);
    subjectId = blankToNull(subjectId);
    actor = blankToNull(actor);
    limit = Math.max(1, Math.min(limit, MAX_LIMIT));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
