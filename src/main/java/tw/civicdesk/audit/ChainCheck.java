// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import org.jspecify.annotations.Nullable;

/**
 * What {@link AuditLog#verify} found.
 *
 * @param intact whether every row links to its predecessor and matches its own hash
 * @param rows how many rows were checked
 * @param firstBrokenId the id of the first row that does not: a changed row, or the row after a
 *     removed one; {@code null} when intact
 */
public record ChainCheck(boolean intact, long rows, @Nullable Long firstBrokenId) {}
