// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail over SMTP (Spring's {@link JavaMailSender}): a batch goes over one connection. Every
 * message carries its id as {@code Message-ID} and {@code X-CivicDesk-Message-Id}, so that the
 * receiver can drop a duplicate sent again after a crash between sending and marking.
 */
class EmailChannel implements MessageChannel {

  private final JavaMailSender mail;

  EmailChannel(JavaMailSender mail) {
    this.mail = mail;
  }

  @Override
  public NoticeChannel channel() {
    return NoticeChannel.EMAIL;
  }

  @Override
  public List<Outcome> send(List<Outgoing> messages) {
    List<Outcome> outcomes = new ArrayList<>(messages.size());
    List<MimeMessage> mime = new ArrayList<>(messages.size());
    for (Outgoing message : messages) {
      try {
        mime.add(mime(message));
        outcomes.add(null);
      } catch (MessagingException | RuntimeException e) {
        mime.add(null);
        outcomes.add(new Failed(e.getClass().getSimpleName(), true));
      }
    }
    MimeMessage[] toSend = mime.stream().filter(Objects::nonNull).toArray(MimeMessage[]::new);
    // Which messages failed: those the sender names, or every one when nothing could be sent.
    Map<Object, Exception> failed = Map.of();
    boolean allFailed = false;
    String error = "";
    try {
      if (toSend.length > 0) {
        mail.send(toSend);
      }
    } catch (MailSendException e) {
      failed = e.getFailedMessages();
      error = e.getClass().getSimpleName();
    } catch (MailException e) {
      allFailed = true;
      error = e.getClass().getSimpleName();
    }
    for (int i = 0; i < messages.size(); i++) {
      if (outcomes.get(i) == null) {
        Exception cause = failed.get(mime.get(i));
        outcomes.set(
            i,
            cause != null
                ? failure(cause, error)
                : allFailed ? new Failed(error, false) : new Sent(null));
      }
    }
    return outcomes;
  }

  /** A recipient the server refused for good (e.g. 550 no such user) is not tried again. */
  private static Failed failure(Exception cause, String error) {
    boolean refused =
        cause instanceof SendFailedException sf
            && sf.getInvalidAddresses() != null
            && sf.getInvalidAddresses().length > 0;
    return refused
        ? new Failed(SendFailedException.class.getSimpleName(), true)
        : new Failed(error, false);
  }

  private MimeMessage mime(Outgoing message) throws MessagingException {
    MimeMessage mime = mail.createMimeMessage();
    MimeMessageHelper helper =
        new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
    helper.setTo(message.recipient());
    helper.setSubject(Objects.requireNonNullElse(message.subject(), ""));
    if (message.html() == null) {
      helper.setText(message.text(), false);
    } else {
      helper.setText(message.text(), message.html());
    }
    mime.setHeader("Message-ID", "<" + message.messageId() + "@civicdesk>");
    mime.setHeader("X-CivicDesk-Message-Id", message.messageId().toString());
    return mime;
  }
}
