// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.internal.Case;
import tw.civicdesk.casework.internal.CaseAttachments;
import tw.civicdesk.casework.internal.CaseEngine;
import tw.civicdesk.casework.internal.CaseReach;
import tw.civicdesk.casework.internal.CaseReads;
import tw.civicdesk.casework.internal.ReceiptHolderActions;
import tw.civicdesk.casework.internal.StaffActions;
import tw.civicdesk.casework.internal.VerificationCodes;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * The one door of case work (案件處理): a named method per use case, each taking a {@link CaseCommand}
 * and answering what its caller needs, and the reads other modules may make, each answering a
 * {@link CaseViews view} — never the aggregate. Every kind of case ({@link CaseKind}) goes through
 * the same methods.
 *
 * <p>A staff member's step is checked against the transition table from the case's current status:
 * casework chooses the party they act in (the most senior of their roles the table allows — a unit
 * head who is also an officer assigns as head and starts as officer), and a case out of their reach
 * ({@link CaseReach}: their own agency, by need-to-know) is not found.
 *
 * <p>Errors: {@link CaseNotFound} (404) for a case out of reach; {@code casework.case.changed}
 * (409) when the case is no longer at the command's version — two officers acting at once never
 * both win; {@code casework.transition.*} (409/403) for a step the table does not have from the
 * current status or that none of the caller's parties may take; {@code casework.*} (422) for the
 * case's own rules. A refused command changes nothing.
 */
@Service
@Transactional
public class CaseWork {

  private final CaseEngine engine;
  private final StaffActions staff;
  private final CaseReads reads;
  private final ReceiptHolderActions holders;
  private final VerificationCodes codes;
  private final CaseAttachments attachments;

  CaseWork(
      CaseEngine engine,
      StaffActions staff,
      CaseReads reads,
      ReceiptHolderActions holders,
      VerificationCodes codes,
      CaseAttachments attachments) {
    this.engine = engine;
    this.staff = staff;
    this.reads = reads;
    this.holders = holders;
    this.codes = codes;
    this.attachments = attachments;
  }

  /**
   * What filing a case answers: everything its receipt needs.
   *
   * @param dueDate the day it must be decided by, {@code null} while a supplement is awaited
   * @param verificationCode the code printed on the receipt (查詢碼); show it only to the filer
   */
  public record Filed(CaseNumber number, @Nullable LocalDate dueDate, String verificationCode) {
    @Override
    public String toString() {
      return "Filed[" + number.value() + ", code withheld]";
    }
  }

  /**
   * Where a step left the case.
   *
   * @param version the version to send with the next step
   * @param dueDate {@code null} while a supplement is awaited
   */
  public record Stepped(
      CaseNumber number, int version, CaseStatus status, @Nullable LocalDate dueDate) {}

  /**
   * Files a case (收件): it gets the next number of its agency for today and its clock starts from
   * the day it was received. Filed by the applicant online when {@link CaseCommand.File#clerk()} is
   * {@code null}, else by that counter clerk, whose recording of the applicant is audited. {@link
   * CaseEvents.CaseFiled} is published in the caller's transaction.
   *
   * @throws CaseRuleViolated when the kind's rules refuse it (an application without a service,
   *     another kind with one) or it was received in the future
   */
  public Filed file(CaseCommand.File command) {
    Actor by =
        command.clerk() == null
            ? Actor.applicant()
            : Actor.staff(Party.COUNTER_CLERK, command.clerk());
    Case c =
        engine.fileNew(
            new CaseEngine.Filing(
                command.kind(),
                command.channel(),
                command.agency(),
                command.unitId(),
                command.service(),
                command.limit(),
                command.receivedOn(),
                command.postmarkedOn(),
                command.applicant(),
                command.fields(),
                CaseLinks.NONE),
            by);
    return new Filed(c.number(), engine.dueDate(c), codes.codeFor(c.number()));
  }

  /** 分案 / 改分. */
  public Stepped assign(StaffPrincipal by, CaseCommand.Assign command) {
    return stepped(staff.assign(by, command.number(), command.version(), command.officer()));
  }

  /** 開始處理. */
  public Stepped start(StaffPrincipal by, CaseCommand.Start command) {
    return stepped(staff.start(by, command));
  }

  /** 通知補正: the applicant is told every deficiency and the date to supply by. */
  public Stepped requestSupplement(StaffPrincipal by, CaseCommand.RequestSupplement command) {
    return stepped(staff.requestSupplement(by, command));
  }

  /** 補正完成, recorded by staff; the clock resumes. */
  public Stepped supply(StaffPrincipal by, CaseCommand.Supply command) {
    return stepped(staff.supply(by, command));
  }

  /** 展延: once, with a reason, before the period runs out. */
  public Stepped extend(StaffPrincipal by, CaseCommand.Extend command) {
    return stepped(staff.extend(by, command));
  }

  /** 決行. */
  public Stepped decide(StaffPrincipal by, CaseCommand.Decide command) {
    return stepped(staff.decide(by, command));
  }

  /** 結案. */
  public Stepped close(StaffPrincipal by, CaseCommand.Close command) {
    return stepped(staff.close(by, command));
  }

  /** 撤回, recorded by staff. */
  public Stepped withdraw(StaffPrincipal by, CaseCommand.Withdraw command) {
    return stepped(staff.withdraw(by, command));
  }

  /** 移文: the competent agency gets a linked case with the applicant. */
  public Stepped transfer(StaffPrincipal by, CaseCommand.Transfer command) {
    return stepped(
        staff.transfer(
            by,
            command.number(),
            command.version(),
            command.to(),
            command.unitId(),
            command.reason()));
  }

  /**
   * 改分（跨單位）: a unit head hands the case to another unit of the agency; it is unassigned and back to
   * received, its clock runs on, and the applicant is told the new unit.
   *
   * @throws CaseRuleViolated on field {@code unitId} for a unit not of the agency or the case's
   *     own, on {@code reason} when blank
   */
  public Stepped reroute(StaffPrincipal by, CaseCommand.Reroute command) {
    return stepped(staff.reroute(by, command));
  }

  /**
   * 重新立案: files a new case like a decided one {@code by} reaches ({@link CaseCommand.Refile}),
   * filed by {@code by}; {@link CaseEvents.CaseFiled} is published in the caller's transaction. The
   * new case carries no link to the old one: the caller keeps it.
   *
   * @throws CaseNotFound when the previous case is out of reach
   * @throws CaseRuleViolated on field {@code previous} when it is not decided, {@code unitId} for a
   *     unit not of the agency
   */
  public Filed refile(StaffPrincipal by, CaseCommand.Refile command) {
    Case c = staff.refile(by, command);
    return new Filed(c.number(), engine.dueDate(c), codes.codeFor(c.number()));
  }

  /** 併案 into another case {@code by} reaches. */
  public Stepped merge(StaffPrincipal by, CaseCommand.Merge command) {
    return stepped(staff.merge(by, command.number(), command.version(), command.into()));
  }

  /** 會辦: opens a child case for another unit of the agency. */
  public Stepped requestJointHandling(StaffPrincipal by, CaseCommand.RequestJointHandling command) {
    return stepped(
        staff.requestJointHandling(
            by, command.number(), command.version(), command.unitId(), command.limit()));
  }

  /** 稽催, by a quality officer, on a case due today or late. */
  public Stepped followUp(StaffPrincipal by, CaseCommand.FollowUp command) {
    return stepped(staff.followUp(by, command.number(), command.version(), command.text()));
  }

  /** 稽催答覆: answers the open follow-ups. */
  public Stepped answerFollowUp(StaffPrincipal by, CaseCommand.AnswerFollowUp command) {
    return stepped(staff.answerFollowUp(by, command.number(), command.version(), command.text()));
  }

  /**
   * Attaches a file to a case {@code by} reaches, judged by its content alone.
   *
   * @return the attachment as stored, metadata only
   * @throws CaseAttachments.AttachmentRefused (422, field {@value CaseAttachments#FIELD}) when the
   *     file is empty, too large, of a refused type, or the case has the most files
   */
  public Attachment attach(StaffPrincipal by, CaseCommand.Attach command) {
    attachments.requireCase(command.number(), by);
    return attachments.add(
        command.number(),
        command.filename(),
        command.content(),
        command.document(),
        StaffActions.caseActor(by));
  }

  /**
   * Attaches a file the applicant sent with a case they are filing (a facility report's photo), in
   * the transaction that files it, recorded as the applicant's; judged by its content alone, as
   * {@link #attach}. Only for the filer's own new case: the caller has just filed {@code number} in
   * this transaction.
   *
   * @return the attachment as stored, metadata only
   * @throws CaseAttachments.AttachmentRefused as {@link #attach}, nothing stored
   */
  public Attachment attachFiledWith(CaseNumber number, String filename, byte[] content) {
    return attachments.add(number, filename, content, null, Actor.applicant());
  }

  /**
   * Notices of the receipt holder's case go from now on to the new, proven address (the caller had
   * the holder prove it); audited as a change of personal data by the applicant.
   *
   * @throws CaseNotFound when number and code do not match (counted as a failed guess)
   */
  public void changeContact(HeldReceipt receipt, CaseCommand.ChangeContact command) {
    holders.changeContact(receipt.number(), command.notifyBy(), command.address());
  }

  /**
   * The receipt of case {@code number} for the holder of {@code code}, asked from {@code
   * clientAddress}: the one throttled check every public door that acts with a receipt goes
   * through. Call it outside a transaction.
   *
   * @return empty when the number is malformed or unknown or the code wrong (alike, counted)
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when the address or the number has
   *     had too many failures in the current window
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public Optional<HeldReceipt> held(
      @Nullable String number, @Nullable String code, String clientAddress) {
    return holders.held(number, code, clientAddress).map(c -> new HeldReceipt(c.number()));
  }

  /** What the holder of {@code receipt} sees: the public view, as stored now. */
  @Transactional(readOnly = true)
  public CaseViews.PublicCase publicView(HeldReceipt receipt) {
    return reads.find(receipt.number()).map(reads::publicCase).orElseThrow(CaseNotFound::new);
  }

  /**
   * The public view of case {@code number}, for a caller that has already proven the right to see
   * it (a "my cases" link, a receipt just printed); empty when there is no such case.
   */
  @Transactional(readOnly = true)
  public Optional<CaseViews.PublicCase> publicView(CaseNumber number) {
    return reads.find(number).map(reads::publicCase);
  }

  /** What case {@code number} is, for the system (receipts, notices); empty when unknown. */
  @Transactional(readOnly = true)
  public Optional<CaseViews.Summary> summary(CaseNumber number) {
    return reads.find(number).map(reads::summary);
  }

  /**
   * The version of case {@code number} as stored now, for a form of a staff member who reaches it
   * to send back with its step.
   *
   * @throws CaseNotFound when there is no such case or it is out of the reader's reach
   */
  @Transactional(readOnly = true)
  public int version(CaseNumber number, StaffPrincipal reader) {
    return engine.get(number, reader).version();
  }

  /**
   * What case {@code number} is, for a staff member who reaches it ({@link CaseReach}).
   *
   * @throws CaseNotFound when there is no such case or it is out of the reader's reach
   */
  @Transactional(readOnly = true)
  public CaseViews.Summary summary(CaseNumber number, StaffPrincipal reader) {
    return reads.summary(engine.get(number, reader));
  }

  /**
   * The case looked up by its number, for staff answering the phone or the system, when {@code
   * mayLookUp} accepts its agency; the caller audits a staff look-up.
   */
  @Transactional(readOnly = true)
  public Optional<CaseViews.Lookup> lookUp(CaseNumber number, Predicate<AgencyCode> mayLookUp) {
    return reads.lookUp(number, mayLookUp);
  }

  /**
   * Every step of case {@code number}, internal ones too, oldest first; empty when there is no such
   * case. For the system (e.g. telling the senders of the follow-ups an answer answers), never for
   * a screen.
   */
  @Transactional(readOnly = true)
  public List<HistoryEntry> history(CaseNumber number) {
    return reads.find(number).map(Case::history).orElse(List.of());
  }

  /**
   * Where notices to the applicant of case {@code number} go — for the notification module alone,
   * which addresses a message with it and shows it to nobody (so the read is not audited); empty
   * when there is no such case or it has no applicant.
   */
  @Transactional(readOnly = true)
  public Optional<CaseViews.NoticeContact> noticeContact(CaseNumber number) {
    return engine.noticeContact(number);
  }

  /**
   * The cases merged into case {@code into} (併案), by number, for the system (e.g. telling each of
   * their applicants the answer of the case that went on).
   */
  @Transactional(readOnly = true)
  public List<CaseNumber> mergedInto(CaseNumber into) {
    return reads.relations().mergedInto(into);
  }

  /**
   * Those of {@code among} filed by the same applicant as case {@code number} — the same e-mail
   * address (any case) or the same mobile number (its digits) — compared inside case work so that
   * only case numbers leave it; none when {@code number} has no applicant. For the system (flagging
   * likely duplicates).
   */
  @Transactional(readOnly = true)
  public List<CaseNumber> sameApplicant(CaseNumber number, java.util.Collection<CaseNumber> among) {
    return reads.relations().sameApplicant(number, among);
  }

  /** The verification code of case {@code number}; the caller shows it to its filer alone. */
  public String verificationCode(CaseNumber number) {
    return codes.codeFor(number);
  }

  /**
   * The cases filed with the e-mail address {@code email}, newest first, at most {@value
   * CaseEngine#MAX_CASES_BY_EMAIL}, for the public "my cases" link once the owner of the mailbox
   * proved it; numbers only.
   */
  @Transactional(readOnly = true)
  public List<CaseNumber> casesFiledBy(String email) {
    return engine.casesFiledBy(email);
  }

  /** One page of a console case list ({@link CaseQuery}). */
  @Transactional(readOnly = true)
  public CaseQuery.Page list(CaseQuery query) {
    return reads.list(query);
  }

  /**
   * The applications {@code agency} received from {@code from} to {@code to} (both included), and
   * how many of them had a required document verified electronically by the end of {@code to}: for
   * the plans' indicator, counted in cases, not from the catalogue's flags.
   */
  @Transactional(readOnly = true)
  public CaseViews.VerificationCount electronicVerifications(
      AgencyCode agency, LocalDate from, LocalDate to) {
    return attachments.verificationCount(agency, from, to);
  }

  /** Whether any case is stored. */
  @Transactional(readOnly = true)
  public boolean anyCase() {
    return reads.anyCase();
  }

  /** Up to {@code limit} cases as facts, numbered after {@code after} ("" for the first). */
  @Transactional(readOnly = true)
  public List<CaseViews.Fact> facts(String after, int limit) {
    return reads.facts(after, limit);
  }

  /**
   * Up to {@code limit} cases whose clock runs, numbered after {@code after} ("" first), of part
   * {@code part} of {@code parts} (by the number's hash), for the deadlines module.
   */
  @Transactional(readOnly = true)
  public List<CaseViews.RunningCase> runningClocks(String after, int limit, int part, int parts) {
    return reads.running(after, limit, part, parts);
  }

  /** How many follow-ups (稽催) in {@code viewer}'s log are unanswered; 0 if they have none. */
  @Transactional(readOnly = true)
  public int unansweredFollowUps(StaffPrincipal viewer) {
    return reads.unansweredFollowUps(viewer);
  }

  private static Stepped stepped(StaffActions.StaffCaseView view) {
    return new Stepped(view.c().number(), view.c().version(), view.c().status(), view.dueDate());
  }

  /**
   * Proof that a receipt's case number and verification code were checked by {@link #held} — the
   * one throttled check — and matched: made nowhere else, so a receipt holder's action that takes
   * one cannot skip the throttle.
   */
  public static final class HeldReceipt {

    private final CaseNumber number;

    private HeldReceipt(CaseNumber number) {
      this.number = number;
    }

    /** The number of the case of the receipt. */
    public CaseNumber number() {
      return number;
    }

    @Override
    public String toString() {
      return "HeldReceipt[" + number.value() + "]";
    }
  }

  /** No such case, or not one the caller may see. */
  public static class CaseNotFound extends NotFoundException {
    public CaseNotFound() {
      super("casework.case.not-found");
    }
  }
}
