// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.petitions.PetitionEvents;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.platform.i18n.Languages;

/**
 * Tells petitioners (ADR 0041), in the transaction of the change (a plain {@link EventListener}),
 * on the channel and in the language they chose, where notices to them go asked of case work
 * ({@link CaseWork#noticeContact}):
 *
 * <ul>
 *   <li>the receipt of a petition or report, named by its kind and category ({@link
 *       Petitions#title}: "陳情：道路與交通"), with the case number, code and due date;
 *   <li>the reply of a petition or report — the reply's text, composed from its parts — with the
 *       link to rate the handling;
 *   <li>every applicant of a case merged into one that was decided (併案): the answer of the case
 *       that went on, whatever its kind;
 *   <li>the decision on a request to reopen: the new case's number, or the reason it was refused.
 * </ul>
 */
@Component
class PetitionNotices {

  private final Notifications notifications;
  private final MessageRendering rendering;
  private final MessageSource messages;
  private final CaseWork cases;
  private final Petitions petitions;

  PetitionNotices(
      Notifications notifications,
      MessageRendering rendering,
      MessageSource messages,
      CaseWork cases,
      Petitions petitions) {
    this.notifications = notifications;
    this.rendering = rendering;
    this.messages = messages;
    this.cases = cases;
    this.petitions = petitions;
  }

  @EventListener
  void onFiled(PetitionEvents.PetitionFiled filed) {
    CaseViews.NoticeContact contact = cases.noticeContact(filed.number()).orElse(null);
    String address = contact == null ? null : contact.address();
    if (contact == null || address == null) {
      return;
    }
    Locale language = Languages.normalise(contact.language());
    String title =
        petitions.view(filed.number()).map(p -> petitions.title(p).in(language)).orElse("");
    notifications.queueReceipt(
        new ReceiptNotice(
            filed.number().value(), filed.dueDate(), title, List.of(), address, language),
        channel(contact));
  }

  @EventListener
  void onStep(CaseEvents.CaseStepTaken step) {
    if (step.action() != CaseAction.DECIDE) {
      return;
    }
    List<String> answer = lines(step.step().publicNote());
    CaseViews.NoticeContact contact = step.applicant();
    if (!step.kind().needsService() && contact != null && contact.address() != null) {
      Locale language = Languages.normalise(contact.language());
      String title =
          petitions.view(step.number()).map(p -> petitions.title(p).in(language)).orElse("");
      queue(
          NoticeKind.REPLIED,
          step.number(),
          contact,
          List.of(step.number().value(), outcome(step.decision(), language), title),
          answer,
          rendering.ratingUrl(step.number().value(), language));
    }
    for (CaseNumber merged : cases.mergedInto(step.number())) {
      cases
          .noticeContact(merged)
          .filter(c -> c.address() != null)
          .ifPresent(
              c ->
                  queue(
                      NoticeKind.MERGED_ANSWERED,
                      merged,
                      c,
                      List.of(
                          merged.value(),
                          step.number().value(),
                          outcome(step.decision(), Languages.normalise(c.language()))),
                      answer,
                      rendering.trackUrl(merged.value(), Languages.normalise(c.language()))));
    }
  }

  @EventListener
  void onReopen(PetitionEvents.ReopenDecided decided) {
    CaseViews.NoticeContact contact = cases.noticeContact(decided.number()).orElse(null);
    if (contact == null || contact.address() == null) {
      return;
    }
    Locale language = Languages.normalise(contact.language());
    CaseNumber reopenedAs = decided.reopenedAs();
    if (reopenedAs != null) {
      queue(
          NoticeKind.REOPENED,
          decided.number(),
          contact,
          List.of(decided.number().value(), reopenedAs.value()),
          lines(decided.reason()),
          rendering.trackUrl(reopenedAs.value(), language));
    } else {
      queue(
          NoticeKind.REOPEN_REFUSED,
          decided.number(),
          contact,
          List.of(decided.number().value()),
          lines(decided.reason()),
          rendering.trackUrl(decided.number().value(), language));
    }
  }

  private void queue(
      NoticeKind kind,
      CaseNumber about,
      CaseViews.NoticeContact contact,
      List<Object> args,
      List<String> details,
      @Nullable String link) {
    String address = java.util.Objects.requireNonNull(contact.address());
    notifications.queue(
        new Notice(
            kind,
            about.value(),
            channel(contact),
            address,
            Languages.normalise(contact.language()),
            new ArrayList<>(args),
            details,
            link));
  }

  private String outcome(@Nullable Decision decision, Locale language) {
    return messages.getMessage(
        "notification.decision." + (decision == null ? "ANSWERED" : decision.name()),
        null,
        language);
  }

  private static NoticeChannel channel(CaseViews.NoticeContact contact) {
    return contact.notifyBy() == Applicant.NotifyBy.SMS ? NoticeChannel.SMS : NoticeChannel.EMAIL;
  }

  private static List<String> lines(@Nullable String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
