// SPDX-License-Identifier: EUPL-1.2
/**
 * Identity (身分): staff sign-in (登入), lockout after repeated failures (帳號鎖定), the security
 * configuration of every path, CSRF and session-cookie settings.
 *
 * <p>Guarantees: passwords are checked only against hashes; after {@code
 * civicdesk.security.max-failed-sign-ins} failures in a row a username is locked for {@code
 * civicdesk.security.lockout}, whether or not it exists, so that the answers do not tell which
 * accounts exist; every state-changing form carries a CSRF token; the staff console needs a
 * signed-in staff member.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Identity 身分",
    allowedDependencies = "organisation")
@org.jspecify.annotations.NullMarked
package tw.civicdesk.identity;
