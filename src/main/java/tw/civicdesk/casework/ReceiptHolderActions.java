// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * What the holder of a receipt can do online with its case number and verification code: answer
 * a supplement request (補正) — see what is missing and upload it —, withdraw the application
 * (撤回) while it is open, or change where notices go once the new address is proven. The files
 * and the step that restarts the clock are stored together or not at all. A wrong number and a
 * wrong code get the same answer.
 */
@Service
@Transactional
public class ReceiptHolderActions {

  /** A file the applicant sends. */
  public record Upload(String filename, byte[] content) {}

  private final CaseWork work;
  private final CaseAttachments attachments;
  private final VerificationCodes codes;
  private final Applicants applicants;
  private final AuditLog audit;

  ReceiptHolderActions(CaseWork work, CaseAttachments attachments, VerificationCodes codes,
      Applicants applicants, AuditLog audit) {
    this.work = work;
    this.attachments = attachments;
    this.codes = codes;
    this.applicants = applicants;
    this.audit = audit;
  }

  /**
   * What the office asked for, for the holder of the receipt.
   *
   * @throws NotAwaited when the number and code do not match a case waiting for a supplement
   */
  @Transactional(readOnly = true)
  public List<String> deficiencies(String number, String code) {
    Case c = awaiting(number, code);
    HistoryEntry request = c.history().stream()
        .filter(h -> h.action() == CaseAction.REQUEST_SUPPLEMENT).reduce((a, b) -> b)
        .orElseThrow(NotAwaited::new);
    String note = request.publicNote();
    return note == null ? List.of() : List.of(note.split("\n"));
  }

  /** Stores the files and restarts the clock; answers the case after the step. */
  public Case supply(String number, String code, List<Upload> files, @Nullable String note) {
    Case c = awaiting(number, code);
    if (files.isEmpty() && (note == null || note.isBlank())) {
      throw new NothingSupplied();
    }
    for (Upload file : files) {
      attachments.add(c.number(), file.filename(), file.content(), null, Actor.applicant());
    }
    return work.act(c.number(), c.version(), c.agency(), (k, x) -> k.supply(Actor.applicant(),
        x.today(), x.now(), note == null || note.isBlank() ? null : note.strip()));
  }

  /**
   * The holder of the receipt withdraws the application (撤回) while it is still open; answers
   * the case after the step.
   *
   * @throws NotOpen when the number and code do not match an open case
   */
  public Case withdraw(String number, String code, @Nullable String reason) {
    Case c;
    try {
      c = held(number, code);
    } catch (NotAwaited e) {
      throw new NotOpen();
    }
    if (!CaseTransitions.find(c.status(), CaseAction.WITHDRAW).isPresent()) {
      throw new NotOpen();
    }
    return work.act(c.number(), c.version(), c.agency(), (k, x) -> k.withdraw(Actor.applicant(),
        reason == null || reason.isBlank() ? null : reason.strip(), x.now()));
  }

  /**
   * Notices of the case go from now on by {@code channel} (e-mail or SMS) to {@code address}.
   * The caller must first have had the holder prove the new address (a code sent to it): this
   * method only checks the receipt and the address's format. Not a step of the case's life
   * cycle, so no history entry; the caller keeps the record of the change. The change of
   * personal data is audited in this transaction ({@link AuditEvent#PERSONAL_DATA_CHANGED}, actor
   * {@code applicant}, detail {@code changed=contact:<email|phone>;notify-by=<channel>;
   * purpose=contact-change}; never the address).
   *
   * @throws NotHeld when the number and code do not match a case with an applicant
   * @throws tw.civicdesk.platform.error.InvalidFields when the address has not the channel's
   *     format ({@link ContactFormats#checkedContact})
   */
  public void changeContact(String number, String code, Applicant.NotifyBy channel,
      String address) {
    String checked = ContactFormats.checkedContact(channel, address);
    Case c;
    try {
      c = held(number, code);
    } catch (NotAwaited e) {
      throw new NotHeld();
    }
    if (!applicants.changeContact(c.number(), channel, checked)) {
      throw new NotHeld();
    }
    audit.record(new AuditEvent(Actor.applicant().who(), c.agency().value(),
        AuditEvent.PERSONAL_DATA_CHANGED, "CASE", c.number().value(), "changed=contact:"
            + (channel == Applicant.NotifyBy.SMS ? "phone" : "email") + ";notify-by="
            + channel.name() + ";purpose=contact-change"));
  }

  private Case awaiting(String number, String code) {
    Case c = held(number, code);
    if (c.status() != CaseStatus.AWAITING_SUPPLEMENT) {
      throw new NotAwaited();
    }
    return c;
  }

  /** The case of a receipt: number and code must match; else {@link NotAwaited}. */
  private Case held(String number, String code) {
    CaseNumber n = CaseNumber.parse(number).orElseThrow(NotAwaited::new);
    if (code == null || !codes.matches(n, code)) {
      throw new NotAwaited();
    }
    Case c;
    try {
      c = work.get(n, n.agency());
    } catch (CaseWork.CaseNotFound e) {
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
