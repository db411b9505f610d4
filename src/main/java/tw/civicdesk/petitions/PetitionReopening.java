// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * An unhappy petitioner's request to reopen (Signalen's reopen-when-unhappy, ADR 0041), decided by
 * the case's officer or a unit head: reopened as a new case of the same kind, category, petitioner
 * and place, filed through case work with the old one's text and kept linked to it here ({@link
 * PetitionRatings.Rating#reopenedAs()}); or refused with a reason. The decision is recorded on the
 * rating and the petitioner told ({@link PetitionEvents.ReopenDecided}; a reopened case also gets
 * its receipt, {@link PetitionEvents.PetitionFiled}).
 */
@Service
public class PetitionReopening {

  /** The longest reason, in characters. */
  public static final int REASON_MAX = 1000;

  private final CaseWork cases;
  private final PetitionRatings ratings;
  private final PetitionLedger ledger;
  private final PetitionRules rules;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PetitionReopening(
      CaseWork cases,
      PetitionRatings ratings,
      PetitionLedger ledger,
      PetitionRules rules,
      ApplicationEventPublisher events,
      Clock clock) {
    this.cases = cases;
    this.ratings = ratings;
    this.ledger = ledger;
    this.rules = rules;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Whether {@code staff} decides reopen requests of case {@code c}: its officer or a unit head.
   */
  public static boolean decides(StaffPrincipal staff, CaseViews.Summary c) {
    return staff.has(Role.UNIT_HEAD) || staff.getUsername().equals(c.officer());
  }

  /**
   * Decides the reopen request of case {@code number}: {@code reopen} files the new case (received
   * today, due by the kind's or category's time limit, for the same unit) and answers its number;
   * else the request is refused for {@code reason} and {@code null} is answered.
   *
   * @throws CaseWork.CaseNotFound when the case is out of {@code staff}'s reach
   * @throws NotTheirs when {@code staff} is neither its officer nor a unit head
   * @throws NothingToDecide when no reopen request waits
   * @throws InvalidFields when a refusal has no reason, or a reason is too long
   */
  @Transactional
  public @Nullable CaseNumber decide(
      StaffPrincipal staff, CaseNumber number, boolean reopen, @Nullable String reason) {
    CaseViews.Summary c = cases.summary(number, staff);
    if (!decides(staff, c)) {
      throw new NotTheirs();
    }
    if (ratings.find(number).filter(PetitionRatings.Rating::awaitingDecision).isEmpty()) {
      throw new NothingToDecide();
    }
    String why = reason == null ? "" : reason.strip();
    if ((!reopen && why.isEmpty()) || why.length() > REASON_MAX) {
      throw new InvalidFields(
          List.of(
              why.isEmpty()
                  ? new FieldProblem("reason", "replies.reopen.reason", List.of())
                  : new FieldProblem("reason", "replies.part.too-long", List.of(REASON_MAX))));
    }
    if (!reopen) {
      ratings.decided(
          number, PetitionRatings.ReopenDecision.REFUSED, why, staff.getUsername(), null);
      events.publishEvent(new PetitionEvents.ReopenDecided(number, c.agency(), null, why));
      return null;
    }
    return reopen(staff, c, why);
  }

  /** Files the new case for the unit of {@code c}, records it and tells of it. */
  private CaseNumber reopen(StaffPrincipal staff, CaseViews.Summary c, String why) {
    CaseNumber number = c.number();
    PetitionView petition = ledger.find(number).orElseThrow(CaseWork.CaseNotFound::new);
    KindRule rule =
        rules.rule(petition.agency(), petition.kind()).orElseThrow(NothingToDecide::new);
    Category category =
        rules.category(petition.agency(), petition.category()).orElseThrow(NothingToDecide::new);
    CaseWork.Filed filed =
        cases.refile(
            staff, new CaseCommand.Refile(number, c.unitId(), rules.limit(rule, category)));
    ledger.reopened(number, filed.number(), c.unitId(), filed.dueDate(), clock.instant());
    ratings.decided(
        number, PetitionRatings.ReopenDecision.REOPENED, why, staff.getUsername(), filed.number());
    events.publishEvent(
        new PetitionEvents.PetitionFiled(
            filed.number(),
            petition.agency(),
            petition.kind(),
            petition.category(),
            filed.dueDate(),
            null,
            number));
    events.publishEvent(new PetitionEvents.ReopenDecided(number, c.agency(), filed.number(), why));
    return filed.number();
  }

  /** Only the case's officer or a unit head decides a reopen request. */
  public static class NotTheirs extends ForbiddenException {
    NotTheirs() {
      super("replies.reopen.forbidden");
    }
  }

  /** No reopen request of the case waits for a decision. */
  public static class NothingToDecide extends ConflictException {
    NothingToDecide() {
      super("replies.reopen.nothing");
    }
  }
}
