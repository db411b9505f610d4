// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMS for development ({@code civicdesk.sms.gateway=log}, the default): nothing leaves the machine;
 * each message is logged by id and length only — never the number or the text — and marked sent.
 */
class LogOnlySmsChannel implements MessageChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LogOnlySmsChannel.class);

  @Override
  public NoticeChannel channel() {
    return NoticeChannel.SMS;
  }

  @Override
  public List<Outcome> send(List<Outgoing> messages) {
    for (Outgoing message : messages) {
      LOG.info(
          "SMS {} not sent (log-only gateway): {} part(s)",
          message.messageId(),
          SmsText.segments(message.text()));
    }
    return messages.stream().<Outcome>map(m -> new Sent(null)).toList();
  }
}
