// SPDX-License-Identifier: EUPL-1.2
/**
 * Organisation (組織): agencies (機關) in a hierarchy — a county or city government (縣市政府) and the
 * offices and departments under it (鄉鎮市區公所, 戶政事務所, 衛生所, 處) — their units (單位: 課, 室, 股, 科, 隊) and
 * their staff (員工) with roles.
 *
 * <p>Guarantees: every agency code is unique and never changes; a unit belongs to exactly one
 * agency; a staff member belongs to one agency and at most one unit of that agency and holds at
 * least one {@link tw.civicdesk.organisation.Role}. What a signed-in staff member may see or change
 * is decided by {@link tw.civicdesk.organisation.AccessPolicy} only; anything outside that scope is
 * answered as if it did not exist. Each agency may choose how its office closures move its
 * deadlines ({@link tw.civicdesk.organisation.ClosurePolicy}); without a choice the application
 * default {@code civicdesk.deadlines.closure-policy} applies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation 組織")
@org.jspecify.annotations.NullMarked
package tw.civicdesk.organisation;
