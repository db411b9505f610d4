// SPDX-License-Identifier: EUPL-1.2
/**
 * The staff console's home (後台首頁) and navigation: each role lands on what its work needs — the
 * counter clerk (櫃台人員) on intake and today's filings, the case officer (承辦人) on their open cases
 * and the unassigned ones of their unit, the unit head (單位主管) on the unit's due and overdue cases,
 * the quality officer (研考人員) on follow-ups, plans and figures, administrators (管理者) on their
 * administration tasks. A person with several roles sees the sections of each.
 *
 * <p>Reads only through the published facades of the modules it shows (case lists, dashboard due
 * lists, follow-up log, plans, catalogue names, organisation); it owns no table and nothing depends
 * on it, so it may depend on them all without a cycle. Every section holds only what the signed-in
 * person may open anyway; the server behind each link still decides.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Console 後台首頁",
    allowedDependencies = {"organisation", "casework", "catalogue", "dashboard", "performance"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.console;
