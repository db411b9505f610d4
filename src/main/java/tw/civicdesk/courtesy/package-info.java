// SPDX-License-Identifier: EUPL-1.2
/**
 * Phone-courtesy tests (電話禮貌測試, C11, ADR 0054, 0055): an agency's test panel calls its units,
 * unannounced, and scores each call with a test sheet its administrators edit — parts (the
 * switchboard with its voice system, the business unit), items with points and scaling (marks, or
 * rings and seconds to answer) and grading bands (≥ 90 優良, 80 良好, 70 普通, else 劣 on the standard
 * sheet). Results by unit, over time and by most common deduction; a test under the agency's
 * threshold opens a follow-up: an improvement report the unit's head owes by a due date, chased
 * daily, closed or sent back by the quality officer. The plans read three indicators: {@code
 * courtesy.score}, {@code courtesy.excellent-share} and {@code courtesy.tests}.
 *
 * <p>The door is {@link tw.civicdesk.courtesy.Courtesy} (sheets, panel, schedule, tests), {@link
 * tw.civicdesk.courtesy.CourtesyResults} and {@link tw.civicdesk.courtesy.FollowUps}; who may see
 * what is {@link tw.civicdesk.courtesy.CourtesyAccess}.
 *
 * <p>Guarantees: a sheet version is never changed — an edit stores a new version and a test keeps
 * the one it was scored with; the server scores every test from the entered marks and speeds
 * ({@link tw.civicdesk.courtesy.Scoring}), never from a client's total; the schedule and the form
 * exist only for the agency's quality officers and panel (404 to everyone else), another agency's
 * tests and follow-ups are 404; results never name who answered or who tested unless the agency's
 * setting allows it; each follow-up reminder is sent once; every change leaves an audit row.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Courtesy 電話禮貌測試",
    allowedDependencies = {
      "organisation",
      "calendar",
      "notification",
      "audit",
      "performance",
      "opendata"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.courtesy;
