// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.WebUtils;

/**
 * The answers of online applications between the question page and the check-answers page, and the
 * receipts filed, kept in the applicant's own session (ADR 0031): never in the browser, never in
 * the database before the applicant submits from the check-answers page. One draft per service; the
 * draft keeps its form's one-time token, which becomes the idempotency key when it is filed. Every
 * read and change holds the session's mutex, so a double click sees one state.
 */
final class ApplicationDrafts {

  private static final String DRAFTS = "civicdesk.application-drafts";
  private static final String FILED = "civicdesk.application-filed";

  /** At most this many drafts or filed tokens are kept per session; the oldest go first. */
  static final int MAX_KEPT = 20;

  private ApplicationDrafts() {}

  /** The draft of {@code serviceCode} in this session, if the applicant has checked one. */
  static Optional<ApplicationForm> draft(HttpSession session, String serviceCode) {
    synchronized (WebUtils.getSessionMutex(session)) {
      return Optional.ofNullable(map(session, DRAFTS).get(serviceCode))
          .map(ApplicationForm.class::cast);
    }
  }

  /** Keeps {@code form} as the draft of its service, replacing an earlier one. */
  static void keep(HttpSession session, ApplicationForm form) {
    synchronized (WebUtils.getSessionMutex(session)) {
      Map<String, Object> drafts = map(session, DRAFTS);
      drafts.remove(form.getServiceCode());
      drafts.put(form.getServiceCode(), form);
      store(session, DRAFTS, drafts);
    }
  }

  /** Records that the draft with {@code token} was filed as {@code caseNumber}, and drops it. */
  static void filed(HttpSession session, String serviceCode, String token, String caseNumber) {
    synchronized (WebUtils.getSessionMutex(session)) {
      Map<String, Object> drafts = map(session, DRAFTS);
      Object draft = drafts.get(serviceCode);
      if (draft instanceof ApplicationForm form && form.getToken().equals(token)) {
        drafts.remove(serviceCode);
        store(session, DRAFTS, drafts);
      }
      Map<String, Object> filed = map(session, FILED);
      filed.put(token, caseNumber);
      store(session, FILED, filed);
    }
  }

  /** The case number a token was filed as in this session, if it was. */
  static @Nullable String filedAs(HttpSession session, String token) {
    synchronized (WebUtils.getSessionMutex(session)) {
      return map(session, FILED).get(token) instanceof String number ? number : null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(HttpSession session, String name) {
    Object value = session.getAttribute(name);
    return value instanceof LinkedHashMap<?, ?> map
        ? new LinkedHashMap<>((Map<String, Object>) map)
        : new LinkedHashMap<>();
  }

  private static void store(HttpSession session, String name, Map<String, Object> map) {
    while (map.size() > MAX_KEPT) {
      map.remove(map.keySet().iterator().next());
    }
    session.setAttribute(name, new LinkedHashMap<>(map));
  }
}
