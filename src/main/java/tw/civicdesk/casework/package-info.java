// SPDX-License-Identifier: EUPL-1.2
/**
 * Case work (案件處理): one lifecycle for every kind of case — applications (申辦案件) now,
 * petitions (陳情), mailbox letters (首長信箱) and facility reports later — written as one
 * transition table ({@link tw.civicdesk.casework.CaseTransitions}), and the rules of its clock
 * ({@link tw.civicdesk.casework.CaseClock}): due dates from the calendar, paused while a
 * supplement (補正) is awaited (行政程序法 §51⑤), extended once (§51③), and moved by the
 * agency's office closures according to the {@link tw.civicdesk.organisation.ClosurePolicy}
 * recorded with the case when it was filed.
 *
 * <p>Key terms: 收件 received, 分案 assigned, 處理中 in progress, 補正 supplement requested, 決行
 * decided (核准 approved / 駁回 rejected / 函復 answered), 結案 closed, 移文 transferred, 撤回
 * withdrawn, 併案 merged.
 *
 * <p>Guarantees: a case moves only along the table, only by a role the table allows for that
 * move; everything else is refused and changes nothing. The stored due date is the clock's due
 * date on the calendar in force: it is rewritten at every step and, when an agency closure is
 * recorded or withdrawn, in that same transaction for every case it moves, with a
 * {@link tw.civicdesk.casework.CaseAction#RESCHEDULE} step in the case's public history (see
 * {@code ClosureRescheduling}, ADR 0015). Every public door that acts with a receipt — case number
 * and verification code — checks it through {@link tw.civicdesk.casework.ReceiptChecks}, the one
 * check, throttled per client address and per case (ADR 0024).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case work 案件處理",
    allowedDependencies = {"calendar", "catalogue", "organisation", "identity", "audit"})
@org.jspecify.annotations.NullMarked
package tw.civicdesk.casework;
