// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored row of the audit log, as the console shows it (the hashes stay inside the module).
 *
 * @param id the row's place in the chain; a later row has a larger id
 * @param at when it was recorded (from the injected clock, microsecond precision)
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    @Nullable String agencyCode,
    String action,
    String subjectType,
    String subjectId,
    @Nullable String detail) {}
