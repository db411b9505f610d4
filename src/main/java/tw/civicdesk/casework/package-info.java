// SPDX-License-Identifier: EUPL-1.2
/**
 * Case work (案件處理): one lifecycle for every kind of case ({@link tw.civicdesk.casework.CaseKind}) —
 * applications (申辦案件) now, petitions (陳情), mailbox letters (首長信箱) and facility reports later —
 * written as one transition table ({@code internal.CaseTransitions}), and the rules of its clock
 * ({@code internal.CaseClock}): due dates from the calendar, paused while a supplement (補正) is
 * awaited (行政程序法 §51⑤), extended once (§51③), and moved by the agency's office closures according
 * to the {@link tw.civicdesk.organisation.ClosurePolicy} recorded with the case when it was filed.
 *
 * <p>One door: other modules use {@link tw.civicdesk.casework.CaseWork} — a method per use case,
 * each taking a {@link tw.civicdesk.casework.CaseCommand} record — and read {@link
 * tw.civicdesk.casework.CaseViews views}, {@link tw.civicdesk.casework.CaseQuery list pages} and
 * the events {@link tw.civicdesk.casework.CaseEvents.CaseFiled} and {@link
 * tw.civicdesk.casework.CaseEvents.CaseStepTaken}. The aggregate, its stores and helpers are in
 * {@code internal}, the pages and the JSON API in {@code web}; neither is reachable from another
 * module ({@code CaseworkBoundaryTests}). A new kind of case is a constant of {@code CaseKind} with
 * its rules and, where its life differs, rows of the transition table — not a new entry point.
 *
 * <p>Key terms: 收件 received, 分案 assigned, 處理中 in progress, 補正 supplement requested, 決行 decided (核准
 * approved / 駁回 rejected / 函復 answered), 結案 closed, 移文 transferred, 撤回 withdrawn, 併案 merged.
 *
 * <p>Guarantees: a case moves only along the table, only by a party the table allows for that move
 * — casework chooses the party from the caller's roles; everything else is refused and changes
 * nothing. The stored due date is the clock's due date on the calendar in force: it is rewritten at
 * every step and, when an agency closure is recorded or withdrawn, in that same transaction for
 * every case it moves, with a {@link tw.civicdesk.casework.CaseAction#RESCHEDULE} step in the
 * case's public history (ADR 0015). Every public door that acts with a receipt — case number and
 * verification code — checks it through {@link tw.civicdesk.casework.CaseWork#held}, the one check,
 * throttled per client address and per case (ADR 0024). Every notice to an applicant, the receipt
 * included, is rendered by the notification module from the events, which carry where notices go.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Case work 案件處理",
    allowedDependencies = {"calendar", "catalogue", "organisation", "identity", "audit"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.casework;
