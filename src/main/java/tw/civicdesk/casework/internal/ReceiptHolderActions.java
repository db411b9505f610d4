// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * What the holder of a receipt can do online with its case number and verification code: answer a
 * supplement request (補正) — see what is missing and upload it —, withdraw the application (撤回)
 * while it is open, or change where notices go once the new address is proven. Every action checks
 * the receipt through {@link ReceiptChecks} first — throttled per client address and per case, a
 * wrong number and a wrong code answered alike — and only then, in a transaction of its own, acts.
 * The files and the step that restarts the clock are stored together or not at all.
 */
@Service
public class ReceiptHolderActions {

  /** A file the applicant sends. */
  public record Upload(String filename, byte[] content) {}

  private final CaseEngine work;
  private final CaseAttachments attachments;
  private final ReceiptChecks receipts;
  private final Applicants applicants;
  private final TransactionTemplate transaction;
  private final AuditLog audit;

  ReceiptHolderActions(
      CaseEngine work,
      CaseAttachments attachments,
      ReceiptChecks receipts,
      Applicants applicants,
      PlatformTransactionManager transactions,
      AuditLog audit) {
    this.work = work;
    this.attachments = attachments;
    this.receipts = receipts;
    this.applicants = applicants;
    this.transaction = new TransactionTemplate(transactions);
    this.audit = audit;
  }

  /** The case of the receipt, if number and code match; see {@link ReceiptChecks#held}. */
  public Optional<Case> held(@Nullable String number, @Nullable String code, String clientAddress) {
    return receipts.held(number, code, clientAddress);
  }

  /**
   * What the office asked for, for the holder of the receipt, asked from {@code clientAddress}.
   *
   * @throws NotAwaited when the number and code do not match a case waiting for a supplement
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when guessing is over its limit
   *     ({@link ReceiptChecks#held})
   */
  public List<String> deficiencies(String number, String code, String clientAddress) {
    Case c = awaiting(number, code, clientAddress);
    HistoryEntry request =
        c.history().stream()
            .filter(h -> h.action() == CaseAction.REQUEST_SUPPLEMENT)
            .reduce((a, b) -> b)
            .orElseThrow(NotAwaited::new);
    String note = request.publicNote();
    return note == null ? List.of() : List.of(note.split("\n"));
  }

  /**
   * Stores the files and restarts the clock; answers the case after the step.
   *
   * @throws NotAwaited when the number and code do not match a case waiting for a supplement
   * @throws NothingSupplied when neither a file nor a note is sent
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when guessing is over its limit
   *     ({@link ReceiptChecks#held})
   */
  public Case supply(
      String number, String code, String clientAddress, List<Upload> files, @Nullable String note) {
    Case c = awaiting(number, code, clientAddress);
    if (files.isEmpty() && (note == null || note.isBlank())) {
      throw new NothingSupplied();
    }
    return Objects.requireNonNull(
        transaction.execute(
            status -> {
              for (Upload file : files) {
                attachments.add(
                    c.number(), file.filename(), file.content(), null, Actor.applicant());
              }
              return work.act(
                  c.number(),
                  c.version(),
                  c.agency(),
                  (k, x) ->
                      k.supply(
                          Actor.applicant(),
                          x.today(),
                          x.now(),
                          note == null || note.isBlank() ? null : note.strip()));
            }));
  }

  /**
   * The holder of the receipt withdraws the application (撤回) while it is still open; answers the
   * case after the step.
   *
   * @throws NotOpen when the number and code do not match an open case
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when guessing is over its limit
   *     ({@link ReceiptChecks#held})
   */
  public Case withdraw(String number, String code, String clientAddress, @Nullable String reason) {
    Case c = receipts.held(number, code, clientAddress).orElseThrow(NotOpen::new);
    if (!CaseTransitions.find(c.status(), CaseAction.WITHDRAW).isPresent()) {
      throw new NotOpen();
    }
    return work.act(
        c.number(),
        c.version(),
        c.agency(),
        (k, x) ->
            k.withdraw(
                Actor.applicant(),
                reason == null || reason.isBlank() ? null : reason.strip(),
                x.now()));
  }

  /**
   * Notices of case {@code receipt}, whose receipt the caller checked, go from now on by {@code
   * channel} (e-mail or SMS) to {@code address}. The caller must first have had the holder prove
   * the new address (a code sent to it): this method only checks the address's format. Not a step
   * of the case's life cycle, so no history entry; the caller keeps the record of the change. Joins
   * the caller's transaction, in which the change of personal data is audited ({@link
   * AuditEvent#PERSONAL_DATA_CHANGED}, actor {@code applicant}, detail {@code
   * changed=contact:<email|phone>;notify-by=<channel>;purpose=contact-change}; never the address).
   *
   * @throws NotHeld when the case has no applicant
   * @throws tw.civicdesk.platform.error.InvalidFields when the address has not the channel's format
   *     ({@link Applicant#checkedContact})
   */
  @Transactional
  public void changeContact(CaseNumber receipt, Applicant.NotifyBy channel, String address) {
    String checked = Applicant.checkedContact(channel, address);
    Case c = work.get(receipt, receipt.agency());
    if (!applicants.changeContact(c.number(), channel, checked)) {
      throw new NotHeld();
    }
    audit.record(
        new AuditEvent(
            Actor.applicant().who(),
            c.agency().value(),
            AuditEvent.PERSONAL_DATA_CHANGED,
            "CASE",
            c.number().value(),
            "changed=contact:"
                + (channel == Applicant.NotifyBy.SMS ? "phone" : "email")
                + ";notify-by="
                + channel.name()
                + ";purpose=contact-change"));
  }

  private Case awaiting(String number, String code, String clientAddress) {
    Case c = receipts.held(number, code, clientAddress).orElseThrow(NotAwaited::new);
    if (c.status() != CaseStatus.AWAITING_SUPPLEMENT) {
      throw new NotAwaited();
    }
    return c;
  }

  /** No case waiting for a supplement has this number and code. */
  public static class NotAwaited extends InvalidInputException {
    NotAwaited() {
      super("casework.supplement.not-awaited");
      onField("code");
    }
  }

  /** No open case has this number and code. */
  public static class NotOpen extends InvalidInputException {
    NotOpen() {
      super("casework.withdrawal.not-open");
      onField("code");
    }
  }

  /** No case with an applicant has this number and code. */
  public static class NotHeld extends InvalidInputException {
    NotHeld() {
      super("casework.contact.not-held");
      onField("code");
    }
  }

  /** Neither a file nor a note was sent. */
  public static class NothingSupplied extends InvalidInputException {
    NothingSupplied() {
      super("casework.supplement.nothing");
      onField("attachments");
    }
  }
}
