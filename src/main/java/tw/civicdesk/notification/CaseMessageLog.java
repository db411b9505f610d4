// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseMessages;
import tw.civicdesk.casework.CaseNumber;

/** Answers case work's {@link CaseMessages} port from the outbox. */
@Component
class CaseMessageLog implements CaseMessages {

  private final Notifications notifications;

  CaseMessageLog(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public List<Message> of(CaseNumber number) {
    return notifications.messagesOf(number.value()).stream()
        .map(
            m ->
                new Message(
                    m.messageId().toString(),
                    m.kind().name(),
                    m.channel().name(),
                    m.status().name(),
                    m.queuedAt(),
                    m.statusAt(),
                    m.attempts(),
                    m.segments(),
                    m.lastError()))
        .toList();
  }
}
