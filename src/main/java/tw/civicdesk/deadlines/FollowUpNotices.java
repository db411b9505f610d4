// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.deadlines;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.notification.StaffNoticeKind;
import tw.civicdesk.notification.StaffNotices;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;

/**
 * Tells the people concerned of the follow-up log (稽催紀錄), in the transaction of the step (a plain
 * {@link EventListener}, like the other case notices): a follow-up reaches the assigned officer
 * (the unit heads while nobody is assigned) and the unit heads of the case's unit; an answer
 * reaches every quality officer whose follow-up it answers. Each notice's occasion names the step
 * ({@code follow-up:<case>:<sequence>}), so it is posted once per recipient.
 */
@Component
class FollowUpNotices {

  private final CaseWork work;
  private final StaffNotices notices;
  private final Organisation organisation;

  FollowUpNotices(CaseWork work, StaffNotices notices, Organisation organisation) {
    this.work = work;
    this.notices = notices;
    this.organisation = organisation;
  }

  @EventListener
  void onStep(CaseEvents.CaseStepTaken step) {
    if (step.action() == CaseAction.FOLLOW_UP) {
      Set<String> told = new LinkedHashSet<>();
      if (step.officer() != null) {
        told.add(step.officer());
      }
      told.addAll(organisation.usernamesHolding(step.agency(), step.unitId(), Role.UNIT_HEAD));
      post(step, told, StaffNoticeKind.FOLLOW_UP);
    } else if (step.action() == CaseAction.ANSWER_FOLLOW_UP) {
      post(step, senders(step), StaffNoticeKind.FOLLOW_UP_ANSWERED);
    }
  }

  /** Who sent the follow-ups this answer answers: those after the previous answer. */
  private Set<String> senders(CaseEvents.CaseStepTaken answer) {
    List<HistoryEntry> before =
        new ArrayList<>(work.history(answer.number()).subList(0, answer.step().sequence() - 1));
    Set<String> senders = new LinkedHashSet<>();
    for (HistoryEntry h : before) {
      if (h.action() == CaseAction.ANSWER_FOLLOW_UP) {
        senders.clear();
      } else if (h.action() == CaseAction.FOLLOW_UP) {
        senders.add(h.who());
      }
    }
    return senders;
  }

  private void post(CaseEvents.CaseStepTaken step, Set<String> recipients, StaffNoticeKind kind) {
    String number = step.number().value();
    String occasion = kind.key() + ":" + number + ":" + step.step().sequence();
    for (String recipient : recipients) {
      if (!recipient.equals(step.step().who())) {
        notices.post(
            new StaffNotices.StaffNotice(
                recipient, step.agency(), kind, number, List.of(number), occasion));
      }
    }
  }
}
