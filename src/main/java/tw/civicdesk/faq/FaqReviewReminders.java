// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.faq.FaqViews.StaffEntry;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.notification.StaffNotices.StaffNotice;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;

/**
 * The reminder that an entry's review date has passed (檢視到期): a console notice ({@link
 * StaffNoticeKind#FAQ_REVIEW_DUE}) with a copy by e-mail to the unit heads of the owning unit — to
 * the agency's quality officers when the unit has no head — once per entry, review date and
 * recipient (the notice's occasion {@code faq-review:<code>:<date>}), however often it runs. A new
 * review date, once it passes, is reminded of again. Archived entries are never reminded of.
 */
@Service
public class FaqReviewReminders {

  private final FaqStore store;
  private final Organisation organisation;
  private final StaffNotices notices;

  FaqReviewReminders(FaqStore store, Organisation organisation, StaffNotices notices) {
    this.store = store;
    this.organisation = organisation;
    this.notices = notices;
  }

  /**
   * Tells the owners of every entry whose review date is before {@code today}.
   *
   * @return how many notices were posted now (those posted before are not counted)
   */
  @Transactional
  public int remind(LocalDate today) {
    int posted = 0;
    for (StaffEntry e : store.reviewDue(today)) {
      AgencyCode agency = e.entry().agency();
      List<String> to = organisation.usernamesHolding(agency, e.unitId(), Role.UNIT_HEAD);
      if (to.isEmpty()) {
        to = organisation.usernamesHolding(agency, null, Role.QUALITY_OFFICER);
      }
      for (String username : to) {
        StaffNotice notice =
            new StaffNotice(
                username,
                agency,
                StaffNoticeKind.FAQ_REVIEW_DUE,
                null,
                List.of(
                    e.entry().code().value(), e.entry().question().zh(), e.reviewOn().toString()),
                "faq-review:" + e.entry().code().value() + ":" + e.reviewOn());
        posted += notices.post(notice, true) ? 1 : 0;
      }
    }
    return posted;
  }
}
