// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseLinks;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;

/**
 * Steps that tie one case to another: joint handling (會辦) opens a child case for another unit of
 * the same agency, transfer (移文) opens a linked case at the competent agency, merging (併案) points a
 * duplicate at the case that goes on. Each is one transaction: the new case and the step on the old
 * one are stored together or not at all, under the same optimistic lock as {@link CaseEngine#act}.
 */
@Service
@Transactional
class CaseLinking {

  private final CaseEngine work;
  private final Cases cases;
  private final Applicants applicants;
  private final Organisation organisation;
  private final WorkingCalendar calendar;
  private final Clock clock;

  CaseLinking(
      CaseEngine work,
      Cases cases,
      Applicants applicants,
      Organisation organisation,
      WorkingCalendar calendar,
      Clock clock) {
    this.clock = clock;
    this.work = work;
    this.cases = cases;
    this.applicants = applicants;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  /**
   * Opens a child case for {@code unitId} of the same agency, due {@code limit} after today and not
   * after the parent's due date; the parent stays in progress and cannot be decided until every
   * child is done.
   *
   * @return the child case
   */
  Case requestJointHandling(
      CaseNumber parent,
      int version,
      AgencyCode agency,
      Actor actor,
      long unitId,
      TimeLimit limit) {
    Case p = work.get(parent, agency);
    p.checkJointHandling(actor);
    Unit unit = unitOf(agency, unitId);
    LocalDate today = LocalDate.now(clock);
    LocalDate parentDue = p.dueDate(calendar.snapshot());
    LocalDate childDue = calendar.dueDate(agency, today, limit);
    if (parentDue == null || childDue.isAfter(parentDue)) {
      throw new CaseRuleViolated(CaseRuleViolated.CHILD_TOO_LATE, "amount");
    }
    Case child =
        work.file(
            new CaseEngine.Filing(
                p.kind(),
                p.channel(),
                agency,
                unit.id(),
                p.service(),
                limit,
                today,
                null,
                null,
                cases.details(parent).fields(),
                CaseLinks.childOf(parent)),
            actor);
    work.act(
        parent,
        version,
        agency,
        (c, ctx) -> c.requestJointHandling(actor, child.number(), unit.name().zh(), ctx.now()));
    return child;
  }

  /**
   * Transfers a case to the competent agency {@code to} (移文), opening a linked case there for
   * {@code unitId} with the same form values and applicant; its clock starts today, the day the
   * competent agency receives it.
   *
   * @return the case opened at {@code to}
   */
  Case transfer(
      CaseNumber number,
      int version,
      AgencyCode agency,
      Actor actor,
      AgencyCode to,
      long unitId,
      String reason) {
    Case c = work.get(number, agency);
    if (to.equals(agency)) {
      throw new CaseRuleViolated(CaseRuleViolated.TRANSFER_SAME_AGENCY, "to");
    }
    Unit unit = unitOf(to, unitId);
    Case opened =
        work.file(
            new CaseEngine.Filing(
                c.kind(),
                c.channel(),
                to,
                unit.id(),
                null,
                c.clock().limit(),
                LocalDate.now(clock),
                null,
                applicants.find(number).orElse(null),
                cases.details(number).fields(),
                CaseLinks.transferredFrom(number)),
            actor);
    work.act(
        number,
        version,
        agency,
        (k, ctx) -> k.transfer(actor, to, opened.number(), reason, ctx.now()));
    return opened;
  }

  /**
   * Files a new case like {@code previous}, a decided case of {@code agency}: the same kind,
   * channel, service, applicant and form values, for {@code unitId}, received today and due within
   * {@code limit}. Nothing changes on {@code previous}.
   *
   * @return the new case
   */
  Case refile(CaseNumber previous, AgencyCode agency, Actor actor, long unitId, TimeLimit limit) {
    Case c = work.get(previous, agency);
    if (c.decision() == null) {
      throw new CaseRuleViolated(CaseRuleViolated.REFILE_NOT_DECIDED, "previous");
    }
    Unit unit = unitOf(agency, unitId);
    return work.file(
        new CaseEngine.Filing(
            c.kind(),
            c.channel(),
            agency,
            unit.id(),
            c.service(),
            limit,
            LocalDate.now(clock),
            null,
            applicants.find(previous).orElse(null),
            cases.details(previous).fields(),
            CaseLinks.NONE),
        actor);
  }

  /** Merges a duplicate into {@code into}, a case of the same agency that goes on (併案). */
  Case merge(CaseNumber number, int version, AgencyCode agency, Actor actor, CaseNumber into) {
    work.get(Objects.requireNonNull(into, "into"), agency);
    return work.act(number, version, agency, (c, ctx) -> c.mergeInto(actor, into, ctx.now()));
  }

  private Unit unitOf(AgencyCode agency, long unitId) {
    return organisation.units(agency).stream()
        .filter(u -> u.id() == unitId)
        .findFirst()
        .orElseThrow(() -> new CaseRuleViolated(CaseRuleViolated.UNIT_UNKNOWN, "unitId"));
  }
}
