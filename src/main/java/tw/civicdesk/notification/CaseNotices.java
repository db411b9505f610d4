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
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.platform.i18n.Languages;

/**
 * Turns case-work events into notifications, in the transaction of the step (a plain {@link
 * EventListener}): the outbox row or console notice commits exactly with the step.
 *
 * <ul>
 *   <li>To the applicant, on the channel they chose (e-mail or SMS; nothing by post or none):
 *       supplement requested (every deficiency, the date to supply them by), period extended
 *       (reason, new due date), decided, transferred (the new agency, case number and verification
 *       code), re-routed to another unit (its name); and the receipt of a new application ({@link
 *       ReceiptNotices}). A petition's reply, receipt and what follows are {@link
 *       PetitionNotices}'. Every notice takes the applicant's contact from the event: nothing reads
 *       back into case work here. The decision of an application whose agency has an open post-case
 *       survey also invites the applicant to answer it ({@link CaseLinks}).
 *   <li>To staff in the console: the officer when a case is assigned to them, supplied or
 *       withdrawn; the unit heads of a unit asked for joint handling or given a transferred case.
 * </ul>
 */
@Component
class CaseNotices {

  private final ReceiptNotices receipts;
  private final Notifications notifications;
  private final StaffNotices staff;
  private final Organisation organisation;
  private final CaseLinks links;
  private final MessageSource messages;

  CaseNotices(
      ReceiptNotices receipts,
      Notifications notifications,
      StaffNotices staff,
      Organisation organisation,
      CaseLinks links,
      MessageSource messages) {
    this.receipts = receipts;
    this.notifications = notifications;
    this.staff = staff;
    this.organisation = organisation;
    this.links = links;
    this.messages = messages;
  }

  @EventListener
  void onStep(CaseEvents.CaseStepTaken step) {
    tellApplicant(step);
    String officer = step.officer();
    StaffNoticeKind kind =
        switch (step.action()) {
          case ASSIGN -> StaffNoticeKind.CASE_ASSIGNED;
          case SUPPLY -> StaffNoticeKind.SUPPLEMENT_SUPPLIED;
          case WITHDRAW -> StaffNoticeKind.CASE_WITHDRAWN;
          default -> null;
        };
    if (kind != null && officer != null && !officer.equals(step.step().who())) {
      staff.post(
          new StaffNotices.StaffNotice(
              officer,
              step.agency(),
              kind,
              step.number().value(),
              List.of(step.number().value()),
              null));
    }
  }

  @EventListener
  void onFiled(CaseEvents.CaseFiled filed) {
    receipts.queue(filed);
    CaseNumber from =
        filed.links().parent() != null ? filed.links().parent() : filed.links().transferredFrom();
    if (from == null) {
      return;
    }
    StaffNoticeKind kind =
        filed.links().parent() != null
            ? StaffNoticeKind.JOINT_HANDLING_REQUESTED
            : StaffNoticeKind.CASE_TRANSFERRED_IN;
    for (String head :
        organisation.usernamesHolding(filed.agency(), filed.unitId(), Role.UNIT_HEAD)) {
      staff.post(
          new StaffNotices.StaffNotice(
              head,
              filed.agency(),
              kind,
              filed.number().value(),
              List.of(filed.number().value(), from.value()),
              null));
    }
  }

  private void tellApplicant(CaseEvents.CaseStepTaken step) {
    NoticeKind kind =
        switch (step.action()) {
          case REQUEST_SUPPLEMENT -> NoticeKind.SUPPLEMENT_REQUESTED;
          case EXTEND -> NoticeKind.EXTENDED;
          // A petition's reply goes out as PetitionNotices words it.
          case DECIDE -> step.kind().needsService() ? NoticeKind.DECIDED : null;
          case TRANSFER -> NoticeKind.TRANSFERRED;
          case REROUTE -> NoticeKind.REROUTED;
          default -> null;
        };
    CaseViews.NoticeContact contact = step.applicant();
    String address = contact == null ? null : contact.address();
    if (kind == null || contact == null || address == null) {
      return;
    }
    Applicant.NotifyBy by = contact.notifyBy();
    Locale language = Languages.normalise(contact.language());
    CaseNumber opened = step.links().transferredTo();
    String track =
        kind == NoticeKind.TRANSFERRED && opened != null ? opened.value() : step.number().value();
    String link =
        kind == NoticeKind.SUPPLEMENT_REQUESTED
            ? links.supplement(step.number().value(), language)
            : links.track(track, language);
    Notice notice =
        new Notice(
            kind,
            step.number().value(),
            by == Applicant.NotifyBy.EMAIL ? NoticeChannel.EMAIL : NoticeChannel.SMS,
            address,
            language,
            args(kind, step, language),
            details(kind, step.step().publicNote()),
            link);
    notifications.queue(completed(kind, step, language, notice));
  }

  /** The notice with a transfer's new code to derive, and a decision's survey invitation. */
  private Notice completed(
      NoticeKind kind, CaseEvents.CaseStepTaken step, Locale language, Notice notice) {
    CaseNumber opened = step.links().transferredTo();
    Notice done =
        kind == NoticeKind.TRANSFERRED && opened != null
            ? notice.withSecret(MessageSecret.verificationCodeOf(opened.value()))
            : notice;
    String survey =
        kind == NoticeKind.DECIDED
            ? links.postCaseSurvey(step.agency(), step.number().value(), language)
            : null;
    return survey == null ? done : done.withSurvey(survey);
  }

  /** The texts' arguments: the case number, then what the kind's texts name. */
  private List<Object> args(NoticeKind kind, CaseEvents.CaseStepTaken step, Locale language) {
    List<Object> args = new ArrayList<>(List.of(step.number().value()));
    switch (kind) {
      case SUPPLEMENT_REQUESTED ->
          args.add(step.step().supplyBy() == null ? "" : step.step().supplyBy());
      case EXTENDED -> args.add(step.dueDate() == null ? "" : step.dueDate());
      case DECIDED ->
          args.add(
              messages.getMessage(
                  "notification.decision."
                      + (step.decision() == null ? "ANSWERED" : step.decision().name()),
                  null,
                  language));
      case TRANSFERRED -> {
        CaseNumber opened = java.util.Objects.requireNonNull(step.links().transferredTo());
        args.add(opened.value());
        args.add(
            organisation
                .agency(opened.agency())
                .map(a -> a.name().in(language))
                .orElse(opened.agency().value()));
        // The new case's verification code, derived when the message is sent (ADR 0028).
        args.add(MessageSecret.PLACEHOLDER);
      }
      case REROUTED ->
          args.add(
              organisation.units(step.agency()).stream()
                  .filter(u -> u.id() == step.unitId())
                  .findFirst()
                  .map(u -> u.name().in(language))
                  .orElse(""));
      default -> {}
    }
    return args;
  }

  /** The lines an e-mail lists: the deficiencies, the reason, the decision's reasons. */
  private static List<String> details(NoticeKind kind, @Nullable String publicNote) {
    if (publicNote == null || publicNote.isBlank()) {
      return List.of();
    }
    List<String> lines = publicNote.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (kind == NoticeKind.REROUTED) {
      return List.of(); // the note is the unit's name, which the lead already gives
    }
    // A transfer's note ends with the new case number, which the lead already gives.
    return kind == NoticeKind.TRANSFERRED
        ? lines.stream().filter(l -> !l.startsWith("→")).toList()
        : lines;
  }
}
