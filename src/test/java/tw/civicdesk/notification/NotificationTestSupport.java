// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.springframework.context.ApplicationContext;

/** What tests of other modules need to read the mail notification sends. */
public final class NotificationTestSupport {

  private NotificationTestSupport() {}

  /** Runs the dispatcher until a run sends nothing more. */
  public static void drain(ApplicationContext context) {
    NotificationDispatcher dispatcher = context.getBean(NotificationDispatcher.class);
    while (dispatcher.dispatchDue() > 0) {
      Thread.onSpinWait();
    }
  }

  /** The plain-text part of a message, decoded. */
  public static String text(Part part) throws Exception {
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String found = text(child);
        if (!found.isEmpty()) {
          return found;
        }
      }
      return "";
    }
    return part.isMimeType("text/plain") ? (String) part.getContent() : "";
  }
}
