// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.CalendarSnapshot;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.HistoryEntry;
import tw.civicdesk.casework.Party;

/**
 * The rules a {@link Case} checks on a step once {@link CaseTransitions} allowed it: what a
 * supplement request, an extension, a decision and a follow-up must satisfy. Each check reads what
 * it is given and changes nothing; a broken rule throws {@link CaseRuleViolated} naming the form
 * field to show it next to, and the case then changes nothing either.
 */
final class CaseRules {

  private CaseRules() {}

  /** A reason (理由) is given in {@code field}. */
  static void requireReason(@Nullable String reason, String field) {
    if (reason == null || reason.isBlank()) {
      throw new CaseRuleViolated(CaseRuleViolated.REASON_REQUIRED, field);
    }
  }

  /**
   * Every deficiency is named at once (退件一次告知); a second round only by a unit head; a period of
   * {@value Case#SUPPLEMENT_DAYS_MIN}–{@value Case#SUPPLEMENT_DAYS_MAX} calendar days.
   *
   * @param rounds the supplement rounds the case had so far
   * @return the deficiencies named, blank ones left out
   */
  static List<String> supplementRequest(
      Actor actor, List<String> deficiencies, int days, int rounds) {
    List<String> named = deficiencies.stream().filter(d -> d != null && !d.isBlank()).toList();
    if (named.isEmpty()) {
      throw new CaseRuleViolated(CaseRuleViolated.SUPPLEMENT_EMPTY, "deficiencies");
    }
    if (rounds >= 1 && actor.party() != Party.UNIT_HEAD) {
      throw new CaseRuleViolated(CaseRuleViolated.SUPPLEMENT_SECOND_ROUND, "deficiencies");
    }
    if (days < Case.SUPPLEMENT_DAYS_MIN || days > Case.SUPPLEMENT_DAYS_MAX) {
      throw new CaseRuleViolated(CaseRuleViolated.SUPPLEMENT_DAYS, "days");
    }
    return named;
  }

  /**
   * The period is extended once, before it runs out, by at most the original period in the same
   * unit (§51③④).
   */
  static void extension(CaseClock clock, TimeLimit by, LocalDate today, CalendarSnapshot calendar) {
    if (clock.extension() != null) {
      throw new CaseRuleViolated(CaseRuleViolated.EXTENSION_ONCE, "amount");
    }
    LocalDate due = Objects.requireNonNull(clock.dueDate(calendar));
    if (today.isAfter(due)) {
      throw new CaseRuleViolated(CaseRuleViolated.EXTENSION_LATE, "amount");
    }
    if (by.unit() != clock.limit().unit() || by.amount() > clock.limit().amount()) {
      throw new CaseRuleViolated(CaseRuleViolated.EXTENSION_TOO_LONG, "amount");
    }
  }

  /**
   * A decision gives a reason, waits for the child cases (會辦), and a refusal tells the applicant
   * how to appeal (訴願); the outcome must be one the kind allows ({@link CaseKind#allows}).
   */
  static void decision(
      CaseKind kind,
      @Nullable String reason,
      int openChildren,
      Decision outcome,
      @Nullable String remedy) {
    if (!kind.allows(outcome)) {
      throw new CaseRuleViolated(CaseRuleViolated.OUTCOME_NOT_FOR_KIND, "outcome");
    }
    requireReason(reason, "reason");
    if (openChildren > 0) {
      throw new CaseRuleViolated(CaseRuleViolated.CHILDREN_OPEN, "reason");
    }
    if (outcome == Decision.REJECTED && (remedy == null || remedy.isBlank())) {
      throw new CaseRuleViolated(CaseRuleViolated.REMEDY_REQUIRED, "remedy");
    }
  }

  /**
   * The text of a follow-up or its answer, stripped: not blank, at most {@value
   * Case#FOLLOW_UP_MAX_LENGTH} characters.
   */
  static String followUpText(@Nullable String text) {
    if (text == null || text.isBlank()) {
      throw new CaseRuleViolated(CaseRuleViolated.TEXT_REQUIRED, "text");
    }
    String stripped = text.strip();
    if (stripped.length() > Case.FOLLOW_UP_MAX_LENGTH) {
      throw new CaseRuleViolated(CaseRuleViolated.TEXT_TOO_LONG, "text");
    }
    return stripped;
  }

  /**
   * A case is chased only when it is due {@code today} or late: not before, nor while its clock is
   * paused ({@code due} {@code null}).
   */
  static void followUpDue(@Nullable LocalDate due, LocalDate today) {
    if (due == null || today.isBefore(due)) {
      throw new CaseRuleViolated(CaseRuleViolated.FOLLOW_UP_NOT_DUE, "text");
    }
  }

  /** Whether {@code history} has a follow-up after its last answer (or with none yet). */
  static boolean followUpOpen(List<HistoryEntry> history) {
    boolean open = false;
    for (HistoryEntry h : history) {
      if (h.action() == CaseAction.FOLLOW_UP) {
        open = true;
      } else if (h.action() == CaseAction.ANSWER_FOLLOW_UP) {
        open = false;
      }
    }
    return open;
  }
}
