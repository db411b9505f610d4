// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.StaffActions;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * Turns one submitted action form into one step on a case through {@link StaffActions}, which
 * chooses the party the staff member acts in (the same rule as the API). Malformed numbers and choices are refused next to their field.
 */
@Component
class CaseSteps {

  private final StaffActions actions;
  private final Organisation organisation;
  private final TransactionTemplate rehearsal;
  private final SupplementPeriod period;

  CaseSteps(StaffActions actions, Organisation organisation,
      PlatformTransactionManager transactions, SupplementPeriod period) {
    this.actions = actions;
    this.organisation = organisation;
    this.period = period;
    this.rehearsal = new TransactionTemplate(transactions);
  }

  /**
   * Checks that {@link #take} would succeed now, without changing anything: takes the step in a
   * transaction that is always rolled back (events published in it are dropped with it, since
   * every listener writes in the same transaction or after commit). Used to refuse bad input
   * before the check-and-confirm page of an irreversible step.
   *
   * @throws tw.civicdesk.platform.error.DomainException what {@link #take} would throw
   */
  void rehearse(StaffPrincipal staff, CaseNumber number, CaseAction action, ActionForm f) {
    rehearsal.executeWithoutResult(tx -> {
      tx.setRollbackOnly();
      take(staff, number, action, f);
    });
  }

  /** Takes {@code action} on case {@code number} as {@code staff}. */
  void take(StaffPrincipal staff, CaseNumber number, CaseAction action, ActionForm f) {
    int v = f.getVersion();
    switch (action) {
      case ASSIGN -> actions.assign(staff, number, v, required(f.getOfficer(), "officer"));
      case MERGE -> actions.merge(staff, number, v, CaseNumber.parse(f.getInto())
          .orElseThrow(() -> refused("into", "casework.form.case-number")));
      case TRANSFER -> transfer(staff, number, v, f);
      case FOLLOW_UP -> actions.followUp(staff, number, v, f.getText());
      case ANSWER_FOLLOW_UP -> actions.answerFollowUp(staff, number, v, f.getText());
      case REQUEST_JOINT_HANDLING -> actions.requestJointHandling(staff, number, v,
          positive(f.getUnitId(), "unitId"),
          TimeLimit.workingDays(positive(f.getAmount(), "amount")));
      default -> actions.act(staff, number, v, action, step(action, f));
    }
  }

  /** The steps that need no other case, from the form's values. */
  private StaffActions.StaffStep step(CaseAction action, ActionForm f) {
    return switch (action) {
      case START -> (k, as, x) -> k.start(as, x.now());
      case REQUEST_SUPPLEMENT -> supplement(f.deficiencyList(), period.days(f.getDays()));
      case SUPPLY -> (k, as, x) -> k.supply(as, x.today(), x.now(), blankToNull(f.getNote()));
      case EXTEND -> (k, as, x) -> k.extend(as, new TimeLimit(positive(f.getAmount(), "amount"),
          k.clock().limit().unit()), f.getReason(), x.today(), x.calendar(), x.now());
      case DECIDE -> (k, as, x) -> k.decide(as, outcome(f), f.getReason(),
          blankToNull(f.getRemedy()), x.now());
      case CLOSE -> (k, as, x) -> k.close(as, x.now());
      case WITHDRAW -> (k, as, x) -> k.withdraw(as, blankToNull(f.getReason()), x.now());
      default -> throw new IllegalArgumentException("Not a plain step: " + action);
    };
  }

  private static StaffActions.StaffStep supplement(List<String> deficiencies, int days) {
    return (k, as, x) -> k.requestSupplement(as, deficiencies, days, x.today(), x.calendar(),
        x.now());
  }

  /** Transfers to the chosen agency's first unit (收文). */
  private void transfer(StaffPrincipal staff, CaseNumber number, int version, ActionForm f) {
    AgencyCode to = agency(f.getTo());
    long unit = f.getUnitId().isBlank()
        ? organisation.units(to).stream().map(Unit::id).findFirst()
            .orElseThrow(() -> refused("to", "casework.unit.unknown"))
        : positive(f.getUnitId(), "unitId");
    actions.transfer(staff, number, version, to, unit, f.getReason());
  }

  private static @Nullable String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Decision outcome(ActionForm f) {
    try {
      return Decision.valueOf(f.getOutcome());
    } catch (IllegalArgumentException e) {
      throw refused("outcome", "casework.form.outcome");
    }
  }

  private static AgencyCode agency(String raw) {
    try {
      return new AgencyCode(required(raw, "to"));
    } catch (IllegalArgumentException e) {
      throw refused("to", "casework.form.agency");
    }
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw refused(field, "casework.form.required");
    }
    return value.strip();
  }

  private static int positive(String value, String field) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw refused(field, "casework.form.positive");
  }

  private static InvalidFields refused(String field, String key) {
    return new InvalidFields(List.of(new FieldProblem(field, key, List.of())));
  }
}
