// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import java.util.List;
import org.springframework.stereotype.Component;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.Case;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseLinking;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseTransitions;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.Party;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * Turns one submitted action form into one step on a case, in the party the staff member's
 * roles allow for it now. Malformed numbers and choices are refused next to their field.
 */
@Component
class CaseSteps {

  private final CaseWork work;
  private final CaseLinking linking;
  private final Organisation organisation;

  CaseSteps(CaseWork work, CaseLinking linking, Organisation organisation) {
    this.organisation = organisation;
    this.work = work;
    this.linking = linking;
  }

  /** Takes {@code action} on case {@code number} as {@code staff}; answers the case after it. */
  Case take(StaffPrincipal staff, CaseNumber number, CaseAction action, ActionForm f) {
    AgencyCode agency = staff.agencyCode();
    Case c = work.get(number, agency);
    Actor actor = actor(staff, c, action);
    int v = f.getVersion();
    return switch (action) {
      case ASSIGN -> work.act(number, v, agency, (k, x) -> k.assign(actor,
          required(f.getOfficer(), "officer"), x.now()));
      case START -> work.act(number, v, agency, (k, x) -> k.start(actor, x.now()));
      case REQUEST_SUPPLEMENT -> work.act(number, v, agency, (k, x) -> k.requestSupplement(actor,
          f.deficiencyList(), x.today(), x.now()));
      case SUPPLY -> work.act(number, v, agency, (k, x) -> k.supply(actor, x.today(), x.now(),
          f.getNote().isBlank() ? null : f.getNote()));
      case EXTEND -> work.act(number, v, agency, (k, x) -> k.extend(actor,
          new TimeLimit(positive(f.getAmount(), "amount"), k.clock().limit().unit()),
          f.getReason(), x.today(), x.calendar(), x.now()));
      case DECIDE -> work.act(number, v, agency, (k, x) -> k.decide(actor, outcome(f),
          f.getReason(), f.getRemedy().isBlank() ? null : f.getRemedy(), x.now()));
      case CLOSE -> work.act(number, v, agency, (k, x) -> k.close(actor, x.now()));
      case WITHDRAW -> work.act(number, v, agency, (k, x) -> k.withdraw(actor,
          f.getReason().isBlank() ? null : f.getReason(), x.now()));
      case MERGE -> linking.merge(number, v, agency, actor, CaseNumber.parse(f.getInto())
          .orElseThrow(() -> refused("into", "casework.form.case-number")));
      case TRANSFER -> transfer(number, v, agency, actor, f);
      case REQUEST_JOINT_HANDLING -> linking.requestJointHandling(number, v, agency, actor,
          positive(f.getUnitId(), "unitId"),
          TimeLimit.workingDays(positive(f.getAmount(), "amount")));
    };
  }

  /** Transfers to the chosen agency's given unit, or its first unit (收文) when none is given. */
  private Case transfer(CaseNumber number, int version, AgencyCode agency, Actor actor,
      ActionForm f) {
    AgencyCode to = agency(f.getTo());
    long unit = f.getUnitId().isBlank()
        ? organisation.units(to).stream().map(Unit::id).findFirst()
            .orElseThrow(() -> refused("to", "casework.unit.unknown"))
        : positive(f.getUnitId(), "unitId");
    return linking.transfer(number, version, agency, actor, to, unit, f.getReason());
  }

  /** The party the staff member acts in: the first of their roles the table allows now. */
  static Actor actor(StaffPrincipal staff, Case c, CaseAction action) {
    var parties = Party.of(staff.roles());
    Party party = CaseTransitions.partyFor(c.status(), action, parties)
        .orElseGet(() -> CaseStaff.actor(staff).party());
    return Actor.staff(party, staff.getUsername());
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
