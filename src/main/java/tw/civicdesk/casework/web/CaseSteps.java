// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * Turns one submitted action form into one step on a case through {@link CaseWork}, which chooses
 * the party the staff member acts in (the same door as the API and the demo data). Malformed
 * numbers and choices are refused next to their field.
 */
@Component
class CaseSteps {

  private final CaseWork work;
  private final Organisation organisation;
  private final TransactionTemplate rehearsal;
  private final SupplementPeriod period;

  CaseSteps(
      CaseWork work,
      Organisation organisation,
      PlatformTransactionManager transactions,
      SupplementPeriod period) {
    this.work = work;
    this.organisation = organisation;
    this.period = period;
    this.rehearsal = new TransactionTemplate(transactions);
  }

  /**
   * Checks that {@link #take} would succeed now, without changing anything: takes the step in a
   * transaction that is always rolled back (events published in it are dropped with it, since every
   * listener writes in the same transaction or after commit). Used to refuse bad input before the
   * check-and-confirm page of an irreversible step.
   *
   * @throws tw.civicdesk.platform.error.DomainException what {@link #take} would throw
   */
  void rehearse(StaffPrincipal staff, CaseNumber number, CaseAction action, ActionForm f) {
    rehearsal.executeWithoutResult(
        tx -> {
          tx.setRollbackOnly();
          take(staff, number, action, f);
        });
  }

  /** Takes {@code action} on case {@code number} as {@code staff}, through {@link CaseWork}. */
  void take(StaffPrincipal staff, CaseNumber number, CaseAction action, ActionForm f) {
    int v = f.getVersion();
    switch (action) {
      case ASSIGN ->
          work.assign(
              staff, new CaseCommand.Assign(number, v, required(f.getOfficer(), "officer")));
      case START -> work.start(staff, new CaseCommand.Start(number, v));
      case REQUEST_SUPPLEMENT ->
          work.requestSupplement(
              staff,
              new CaseCommand.RequestSupplement(
                  number, v, f.deficiencyList(), period.days(f.getDays())));
      case SUPPLY -> work.supply(staff, new CaseCommand.Supply(number, v, f.getNote()));
      case EXTEND ->
          work.extend(
              staff,
              new CaseCommand.Extend(
                  number, v, positive(f.getAmount(), "amount"), null, f.getReason()));
      case DECIDE ->
          work.decide(
              staff, new CaseCommand.Decide(number, v, outcome(f), f.getReason(), f.getRemedy()));
      case CLOSE -> work.close(staff, new CaseCommand.Close(number, v));
      case WITHDRAW -> work.withdraw(staff, new CaseCommand.Withdraw(number, v, f.getReason()));
      case MERGE -> work.merge(staff, new CaseCommand.Merge(number, v, into(f)));
      case TRANSFER -> transfer(staff, number, v, f);
      case REROUTE ->
          work.reroute(
              staff,
              new CaseCommand.Reroute(number, v, positive(f.getUnitId(), "unitId"), f.getReason()));
      case FOLLOW_UP -> work.followUp(staff, new CaseCommand.FollowUp(number, v, f.getText()));
      case ANSWER_FOLLOW_UP ->
          work.answerFollowUp(staff, new CaseCommand.AnswerFollowUp(number, v, f.getText()));
      case REQUEST_JOINT_HANDLING -> work.requestJointHandling(staff, jointHandling(number, v, f));
      case RESCHEDULE -> throw new IllegalArgumentException("Not a staff step: " + action);
    }
  }

  /** The case to merge into, as typed. */
  private static CaseNumber into(ActionForm f) {
    return CaseNumber.parse(f.getInto())
        .orElseThrow(() -> refused("into", "casework.form.case-number"));
  }

  /** A child case (會辦) for the chosen unit, due within the typed number of working days. */
  private static CaseCommand.RequestJointHandling jointHandling(
      CaseNumber number, int version, ActionForm f) {
    int unit = positive(f.getUnitId(), "unitId");
    TimeLimit within = TimeLimit.workingDays(positive(f.getAmount(), "amount"));
    return new CaseCommand.RequestJointHandling(number, version, unit, within);
  }

  /** Transfers to the chosen agency's first unit (收文). */
  private void transfer(StaffPrincipal staff, CaseNumber number, int version, ActionForm f) {
    AgencyCode to = agency(f.getTo());
    long unit =
        f.getUnitId().isBlank()
            ? organisation.units(to).stream()
                .map(Unit::id)
                .findFirst()
                .orElseThrow(() -> refused("to", "casework.unit.unknown"))
            : positive(f.getUnitId(), "unitId");
    work.transfer(staff, new CaseCommand.Transfer(number, version, to, unit, f.getReason()));
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
