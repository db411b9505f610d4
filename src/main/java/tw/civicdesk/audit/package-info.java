// SPDX-License-Identifier: EUPL-1.2
/**
 * Audit (稽核紀錄): who read or changed which personal data, when, on behalf of which agency
 * (QUALITY.md S10). Every module that shows or changes personal data to staff calls {@link
 * tw.civicdesk.audit.AuditLog#record} with an {@link tw.civicdesk.audit.AuditEvent}.
 *
 * <p>Guarantees: the log is append-only (the database refuses UPDATE, DELETE and TRUNCATE of {@code
 * audit_log}); every row carries the SHA-256 hash of its predecessor's hash and its own fields, so
 * {@link tw.civicdesk.audit.AuditLog#verify} finds any row changed or removed from the middle of
 * the log, also by someone who bypasses the trigger; appends are serialised, so the chain never
 * forks; the newest row is anchored outside the database after every append (a file) and daily (the
 * application log), so removing or rewriting the newest rows is found too (ADR 0029). The log holds
 * identifiers (usernames, case numbers), never the personal data itself; {@code
 * docs/audit-events.md} lists every action and its detail.
 *
 * <p>It depends on no other module but the shared platform (agency codes and usernames are plain
 * strings), so that every module may depend on it.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Audit 稽核紀錄",
    allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.audit;
