// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.Locale;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The receipt (收件確認) of a new application, queued in the filing's transaction on the channel the
 * applicant chose (e-mail or SMS; by post or not at all, nothing), from the filing event: the same
 * route as every other notice to an applicant. A child case or a case opened by transfer gets none
 * (the applicant of a transfer is told by the transfer notice), nor does a case whose service
 * version the catalogue does not hold (intake files only published ones).
 */
@Component
class ReceiptNotices {

  private final Notifications notifications;
  private final Catalogue catalogue;

  ReceiptNotices(Notifications notifications, Catalogue catalogue) {
    this.notifications = notifications;
    this.catalogue = catalogue;
  }

  void queue(CaseEvents.CaseFiled filed) {
    CaseViews.NoticeContact contact = filed.applicant();
    var ref = filed.service();
    if (contact == null
        || ref == null
        || filed.links().parent() != null
        || filed.links().transferredFrom() != null) {
      return;
    }
    String address = contact.address();
    if (address == null) {
      return;
    }
    ServiceContent service =
        catalogue.version(ref.code(), ref.version()).map(ServiceVersion::content).orElse(null);
    if (service == null) {
      return;
    }
    Locale language = Languages.normalise(contact.language());
    notifications.queueReceipt(
        new ReceiptNotice(
            filed.number().value(),
            filed.dueDate(),
            service.name().in(language),
            service.steps().stream().map(step -> step.text().in(language)).toList(),
            address,
            language),
        contact.notifyBy() == tw.civicdesk.casework.Applicant.NotifyBy.SMS
            ? NoticeChannel.SMS
            : NoticeChannel.EMAIL);
  }
}
