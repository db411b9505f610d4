// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;

/**
 * When a message to an applicant is given up ({@code FAILED}) or bounces, staff are told in the
 * console, in the same transaction, so that someone reaches the applicant another way: the case's
 * officer, or the unit heads while it has none. Each message is told of once.
 */
@Component
class UndeliveredNotices {

  private final CaseWork work;
  private final Organisation organisation;
  private final StaffNotices notices;

  UndeliveredNotices(CaseWork work, Organisation organisation, StaffNotices notices) {
    this.work = work;
    this.organisation = organisation;
    this.notices = notices;
  }

  /** Tells staff of case {@code caseNumber} that message {@code messageId} did not arrive. */
  void tell(@Nullable String caseNumber, UUID messageId) {
    Optional<CaseNumber> number = CaseNumber.parse(caseNumber);
    if (number.isEmpty()) {
      return;
    }
    Optional<CaseViews.Summary> found = work.summary(number.get());
    if (found.isEmpty()) {
      return;
    }
    CaseViews.Summary c = found.get();
    List<String> to =
        c.officer() != null
            ? List.of(c.officer())
            : organisation.usernamesHolding(c.agency(), c.unitId(), Role.UNIT_HEAD);
    for (String recipient : to) {
      notices.post(
          new StaffNotices.StaffNotice(
              recipient,
              c.agency(),
              StaffNoticeKind.MESSAGE_UNDELIVERED,
              c.number().value(),
              List.of(c.number().value()),
              "undelivered:" + messageId));
    }
  }
}
