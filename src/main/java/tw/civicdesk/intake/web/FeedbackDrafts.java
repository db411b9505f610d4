// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.WebUtils;

/**
 * The one draft of feedback a session holds between the question pages and the check-answers page,
 * and what it filed, kept in the citizen's own session (ADR 0031): never in the browser, never in
 * the database before the citizen sends it. Starting again replaces the draft. A filed draft's
 * token answers with its receipt, so a double click or a resubmission files once. Every read and
 * change holds the session's mutex.
 */
final class FeedbackDrafts {

  private static final String DRAFT = "civicdesk.feedback-draft";
  private static final String FILED = "civicdesk.feedback-filed";

  /** At most this many filed receipts are kept per session; the oldest go first. */
  static final int MAX_KEPT = 20;

  private FeedbackDrafts() {}

  /**
   * A filing of this session: the confirmation page is shown only to it (with the verification
   * code, from the receipt).
   */
  record FiledReceipt(String token, String number, String agency, String kind, boolean anonymous)
      implements Serializable {}

  /** The draft of this session, if one was started. */
  static Optional<FeedbackForm> draft(HttpSession session) {
    synchronized (WebUtils.getSessionMutex(session)) {
      return session.getAttribute(DRAFT) instanceof FeedbackForm form
          ? Optional.of(form.copy())
          : Optional.empty();
    }
  }

  /** Keeps {@code form} as the session's draft, replacing any other. */
  static void keep(HttpSession session, FeedbackForm form) {
    synchronized (WebUtils.getSessionMutex(session)) {
      session.setAttribute(DRAFT, form.copy());
    }
  }

  /** Records the filing of the draft {@code receipt.token()} and drops the draft. */
  static void filed(HttpSession session, FiledReceipt receipt) {
    synchronized (WebUtils.getSessionMutex(session)) {
      if (session.getAttribute(DRAFT) instanceof FeedbackForm form
          && form.getToken().equals(receipt.token())) {
        session.removeAttribute(DRAFT);
      }
      Map<String, FiledReceipt> filed = filed(session);
      filed.put(receipt.token(), receipt);
      while (filed.size() > MAX_KEPT) {
        filed.remove(filed.keySet().iterator().next());
      }
      session.setAttribute(FILED, new LinkedHashMap<>(filed));
    }
  }

  /** The filing of draft {@code token} in this session, if it was filed. */
  static Optional<FiledReceipt> filedAs(HttpSession session, String token) {
    synchronized (WebUtils.getSessionMutex(session)) {
      return Optional.ofNullable(filed(session).get(token));
    }
  }

  /** The filing of case {@code number} in this session, if this session filed it. */
  static Optional<FiledReceipt> receipt(HttpSession session, String number) {
    synchronized (WebUtils.getSessionMutex(session)) {
      return filed(session).values().stream().filter(r -> r.number().equals(number)).findFirst();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, FiledReceipt> filed(HttpSession session) {
    Object value = session.getAttribute(FILED);
    return value instanceof LinkedHashMap<?, ?> map
        ? new LinkedHashMap<>((Map<String, FiledReceipt>) map)
        : new LinkedHashMap<>();
  }
}
