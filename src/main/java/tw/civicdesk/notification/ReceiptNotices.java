// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.Locale;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseFiled;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.ServiceRef;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The receipt (收件確認) of a new application, queued in the filing's transaction on the channel
 * the applicant chose (e-mail or SMS; by post or not at all, nothing), from the filing event: the
 * same route as every other notice to an applicant. A child case or a case opened by transfer
 * gets none (the applicant of a transfer is told by the transfer notice).
 */
@Component
class ReceiptNotices {

  private final Notifications notifications;
  private final Catalogue catalogue;

  ReceiptNotices(Notifications notifications, Catalogue catalogue) {
    this.notifications = notifications;
    this.catalogue = catalogue;
  }

  void queue(CaseFiled filed) {
    CaseViews.NoticeContact contact = filed.applicant();
    ServiceRef ref = filed.service();
    if (contact == null || ref == null || !filed.links().equals(CaseLinks.NONE)) {
      return;
    }
    String address = contact.address();
    if (address == null) {
      return;
    }
    ServiceContent service = catalogue.version(ref.code(), ref.version()).orElseThrow()
        .content();
    Locale language = Languages.normalise(contact.language());
    notifications.queueReceipt(new ReceiptNotice(filed.number().value(), filed.dueDate(),
        service.name().in(language),
        service.steps().stream().map(step -> step.text().in(language)).toList(), address,
        language), contact.notifyBy() == tw.civicdesk.casework.Applicant.NotifyBy.SMS
            ? NoticeChannel.SMS : NoticeChannel.EMAIL);
  }
}
