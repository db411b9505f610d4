// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.Applicant.NotifyBy;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWork.HeldReceipt;
import tw.civicdesk.notification.MessageSecret;
import tw.civicdesk.notification.Notice;
import tw.civicdesk.notification.NoticeChannel;
import tw.civicdesk.notification.NoticeKind;
import tw.civicdesk.notification.Notifications;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The holder of a receipt changes where notices of the case go (聯絡方式變更), proving the new address
 * first: a six-digit code goes to the new e-mail address or mobile number, and only that code
 * entered with the receipt's number and verification code changes the applicant's contact in case
 * work.
 *
 * <p>Guarantees: a wrong number or code gets the same answer as tracking and counts in the same
 * throttle ({@link Tracking#held}, case work's one receipt check); every request that sends a code
 * counts against the client address and the case ({@link LinkLimits#request}); the applicant's
 * contact is unchanged until the code is entered; {@value PendingContactChanges#MAX_ATTEMPTS} wrong
 * codes end the waiting change. Not transactional as a whole: counted failures must survive the
 * refusal they cause.
 */
@Service
public class ContactChanges {

  private final Tracking tracking;
  private final LinkLimits limits;
  private final PendingContactChanges pending;
  private final CaseWork work;
  private final Notifications notifications;
  private final TransactionTemplate transaction;

  ContactChanges(
      Tracking tracking,
      LinkLimits limits,
      PendingContactChanges pending,
      CaseWork work,
      Notifications notifications,
      PlatformTransactionManager transactions) {
    this.tracking = tracking;
    this.limits = limits;
    this.pending = pending;
    this.work = work;
    this.notifications = notifications;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Sends a code to {@code address} on {@code channel} ({@code EMAIL} or {@code SMS}) in {@code
   * language} to confirm it as the new contact of the case; replaces any change still waiting.
   *
   * @throws tw.civicdesk.platform.error.InvalidFields on {@code channel} or {@code address} when
   *     they are not an e-mail address or a mobile number (checked first, not counted)
   * @throws Tracking.NotTracked when number and code do not match (counted as in tracking)
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when guessing or sending is over
   *     its limit
   */
  public void request(
      @Nullable String number,
      @Nullable String code,
      @Nullable String channel,
      @Nullable String address,
      String clientAddress,
      Locale language) {
    NotifyBy by = parse(channel);
    String checked = Applicant.checkedContact(by, address);
    CaseNumber held = tracking.held(number, code, clientAddress).number();
    limits.request(clientAddress, "contact:" + held.value());
    Locale lang = Languages.normalise(language);
    transaction.executeWithoutResult(
        status -> {
          String confirmation = pending.replace(held, by, checked);
          notifications.queue(
              new Notice(
                      NoticeKind.CONTACT_VERIFICATION,
                      held.value(),
                      by == NotifyBy.SMS ? NoticeChannel.SMS : NoticeChannel.EMAIL,
                      checked,
                      lang,
                      List.of(
                          held.value(), MessageSecret.PLACEHOLDER, pending.lifetime().toMinutes()),
                      List.of(),
                      null)
                  .withSecret(MessageSecret.oneTime(confirmation, pending.lifetime())));
        });
  }

  /**
   * Changes the contact of the case to the address waiting for {@code confirmation}.
   *
   * @throws Tracking.NotTracked when number and code do not match (counted as in tracking)
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when guessing is over its limit
   * @throws NothingWaiting when no unexpired change waits for this case
   * @throws WrongConfirmation when the code is not the one sent (counted; the last allowed wrong
   *     code ends the change and is answered {@link NothingWaiting})
   */
  public void confirm(
      @Nullable String number,
      @Nullable String code,
      @Nullable String confirmation,
      String clientAddress) {
    HeldReceipt held = tracking.held(number, code, clientAddress);
    PendingContactChanges.Pending change =
        pending.waiting(held.number()).orElseThrow(NothingWaiting::new);
    if (confirmation == null || !change.matches(confirmation)) {
      int left = pending.wrongCode(change);
      throw left == 0 ? new NothingWaiting() : new WrongConfirmation(left);
    }
    transaction.executeWithoutResult(
        status -> {
          work.changeContact(
              held, new CaseCommand.ChangeContact(change.channel(), change.address()));
          if (!pending.confirmed(change)) {
            throw new NothingWaiting();
          }
        });
  }

  /** How long a code is valid, in minutes, for the page. */
  public long codeLifetimeMinutes() {
    return pending.lifetime().toMinutes();
  }

  private static @Nullable NotifyBy parse(@Nullable String channel) {
    return "EMAIL".equals(channel) ? NotifyBy.EMAIL : "SMS".equals(channel) ? NotifyBy.SMS : null;
  }

  /** No change of contact waits for a code on this case (none asked, expired or ended). */
  public static class NothingWaiting extends InvalidInputException {
    NothingWaiting() {
      super("tracking.contact.nothing-waiting");
      onField("confirmation");
    }
  }

  /** The code is not the one sent; {@code left} more wrong codes are allowed. */
  public static class WrongConfirmation extends InvalidInputException {
    WrongConfirmation(int left) {
      super("tracking.contact.wrong-code", left);
      onField("confirmation");
    }
  }
}
