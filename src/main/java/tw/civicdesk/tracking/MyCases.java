// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.notification.MessageSecret;
import tw.civicdesk.notification.Notice;
import tw.civicdesk.notification.NoticeChannel;
import tw.civicdesk.notification.NoticeKind;
import tw.civicdesk.notification.Notifications;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.i18n.Languages;

/**
 * "My cases" (我的案件, Signalen's "my reports") without an account: a citizen asks for the cases filed
 * with an e-mail address; if there are any, a short-lived link goes to that address, and the link
 * lists them with their public timelines. Whoever opens the link has proven the mailbox, which is
 * why listing is not audited ({@link CaseWork#casesFiledBy}).
 *
 * <p>Guarantees: the answer to a request never tells whether cases exist (the caller shows the same
 * confirmation either way, and the address is never logged); every request counts against the
 * client address and the e-mail address, and an unknown or expired link against the client address,
 * in the one throttle ({@link LinkLimits}); a list shows nothing personal but the masked name.
 */
@Service
public class MyCases {

  private final CaseWork work;
  private final Tracking tracking;
  private final LinkLimits limits;
  private final MyCasesLinks links;
  private final Notifications notifications;
  private final TransactionTemplate transaction;

  MyCases(
      CaseWork work,
      Tracking tracking,
      LinkLimits limits,
      MyCasesLinks links,
      Notifications notifications,
      PlatformTransactionManager transactions) {
    this.work = work;
    this.tracking = tracking;
    this.limits = limits;
    this.links = links;
    this.notifications = notifications;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Sends a link to {@code email} listing its cases, if it has any, in {@code language}; else does
   * nothing. Returns normally in both cases.
   *
   * @throws tw.civicdesk.platform.error.InvalidFields on field {@code address} when {@code email}
   *     is not an e-mail address (not counted)
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when the client address or the
   *     e-mail address has had {@code civicdesk.tracking.max-link-requests} requests in the current
   *     window
   */
  public void requestLink(@Nullable String email, String clientAddress, Locale language) {
    String address = Applicant.checkedContact(Applicant.NotifyBy.EMAIL, email);
    limits.request(clientAddress, "email:" + address);
    transaction.executeWithoutResult(
        status -> {
          if (work.casesFiledBy(address).isEmpty()) {
            return;
          }
          Locale lang = Languages.normalise(language);
          MyCasesLinks.Issued link = links.issueLink(address, lang);
          notifications.queue(
              new Notice(
                      NoticeKind.MY_CASES,
                      null,
                      NoticeChannel.EMAIL,
                      address,
                      lang,
                      List.of(links.lifetime().toMinutes()),
                      List.of(),
                      link.withPlaceholder())
                  .withSecret(MessageSecret.oneTime(link.token(), links.lifetime())));
        });
  }

  /**
   * The public timelines of every case filed with the address of link {@code token}, newest first
   * (at most 100), opened from {@code clientAddress}.
   *
   * @throws LinkExpired when the token is unknown or its link has expired (counted against the
   *     client address like a wrong receipt code)
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when the client address has had
   *     too many unknown links in the current window
   */
  public List<PublicTimeline> cases(@Nullable String token, String clientAddress) {
    String email =
        limits.token(clientAddress, () -> links.emailFor(token)).orElseThrow(LinkExpired::new);
    return work.casesFiledBy(email).stream()
        .map(tracking::timelineOf)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The link is unknown or expired (alike, 404); the citizen may ask for a new one. */
  public static class LinkExpired extends NotFoundException {
    LinkExpired() {
      super("tracking.mine.expired");
    }
  }

  /** How long a link is valid, in minutes, for the page that confirms a request. */
  public long linkLifetimeMinutes() {
    return links.lifetime().toMinutes();
  }
}
