// SPDX-License-Identifier: EUPL-1.2
/**
 * Tracking (案件進度查詢): the holder of a receipt enters the case number and verification code and sees
 * the service, status, due date, the applicant's masked name and the public timeline — at {@code
 * /track} and {@code GET /api/v1/tracking/{caseNumber}?code=…}.
 *
 * <p>Guarantees: nothing is shown before number and code match; a malformed number, an unknown
 * number and a wrong code get the same answer after the same work (the code's HMAC is computed and
 * the case looked up in every case); only public notes are shown, never internal notes or officers'
 * usernames; guessing is throttled per client address and per case number by case work's one
 * receipt check ({@link tw.civicdesk.casework.CaseWork#held}), which every other receipt door
 * (supplements, withdrawals, contact changes) shares (ADR 0024).
 *
 * <p>Also, without an account: "my cases" (我的案件, {@code /track/mine}) sends a short-lived link
 * listing every case filed with an e-mail address, answering alike whether there are cases or not
 * ({@link tw.civicdesk.tracking.MyCases}); a receipt holder changes where notices go (聯絡方式變更,
 * {@code /track/contact}) only after entering a code sent to the new address ({@link
 * tw.civicdesk.tracking.ContactChanges}). Every request that sends a message is counted per client
 * address and per target, and an unknown link per client address, in the same throttle ({@code
 * LinkLimits}). See ADRs 0013 and 0024.
 *
 * <p>Staff answering the phone look a case up by its number alone ({@link
 * tw.civicdesk.tracking.StaffLookup}, {@code /console/track} and {@code GET
 * /api/v1/staff/tracking/{caseNumber}}): they see the very same public timeline (one mapping,
 * {@code PublicTimelines}, and one pair of page fragments, {@code tracking/parts}) plus the
 * internal details, for cases of their own agency and of the agencies below it; a case outside that
 * reach answers exactly like an unknown number, and every successful look-up is audited ({@code
 * CASE_LOOKUP}) in the transaction that reads the case.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Tracking 案件進度查詢",
    allowedDependencies = {
      "casework",
      "catalogue",
      "organisation",
      "identity",
      "audit",
      "notification",
      "petitions",
      "surveys"
    })
@org.jspecify.annotations.NullMarked
package tw.civicdesk.tracking;
