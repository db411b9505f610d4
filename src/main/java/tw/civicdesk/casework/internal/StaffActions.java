// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.Actor;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork.CaseNotFound;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.internal.CaseEngine.CaseChanged;
import tw.civicdesk.casework.internal.CaseTransitions.ActionNotPermitted;
import tw.civicdesk.casework.internal.CaseTransitions.IllegalCaseTransition;
import tw.civicdesk.casework.internal.CaseTransitions.Transition;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Steps on a case taken by a signed-in staff member, for the JSON API and the console: the case
 * must be in the staff member's reach ({@link CaseReach}: their own agency, by need-to-know), and
 * the staff member acts in the capacity the step needs. That capacity is the first of their parties
 * ({@link Party#of}: counter clerk, case officer, unit head) that the transition table allows for
 * the step from the case's current status — a case officer only on a case that is unassigned or
 * assigned to them, and taking (認領: assigning to themselves) only an unassigned case of their own
 * unit — so a unit head who is also an officer assigns as unit head and starts as officer.
 *
 * <p>Errors: {@link CaseNotFound} (404) for a case out of reach; {@link CaseChanged} (409) when the
 * case is no longer at {@code version}; {@link IllegalCaseTransition} (409) when the step does not
 * exist from the current status; {@link ActionNotPermitted} (403) when none of the staff member's
 * parties may take it; {@link CaseRuleViolated} (422) for the case's own rules.
 */
@Service
@Transactional
public class StaffActions {

  private final CaseEngine work;
  private final CaseLinking linking;
  private final Organisation organisation;
  private final CaseworkSettings settings;

  StaffActions(
      CaseEngine work, CaseLinking linking, Organisation organisation, CaseworkSettings settings) {
    this.work = work;
    this.linking = linking;
    this.organisation = organisation;
    this.settings = settings;
  }

  /** One step, given the case, the actor chosen for it and the step context. */
  @FunctionalInterface
  interface StaffStep {
    void apply(Case c, Actor as, CaseEngine.StepContext context);
  }

  /**
   * A case as a staff member sees it.
   *
   * @param dueDate {@code null} while a supplement is awaited
   * @param allowed what the staff member may do to it now
   */
  public record StaffCaseView(
      Case c,
      @Nullable LocalDate dueDate,
      List<CaseViews.Child> children,
      Set<CaseAction> allowed) {}

  /** The case with {@code number} if the staff member reaches it, with what they may do now. */
  @Transactional(readOnly = true)
  public StaffCaseView view(StaffPrincipal staff, CaseNumber number) {
    Case c = work.get(number, staff);
    LocalDate due = work.dueDate(c);
    return new StaffCaseView(c, due, work.childrenOf(c), allowedNow(c, staff, work.today(), due));
  }

  /** 開始處理. */
  public StaffCaseView start(StaffPrincipal staff, CaseCommand.Start c) {
    return act(
        staff, c.number(), c.version(), CaseAction.START, (k, as, x) -> k.start(as, x.now()));
  }

  /** 通知補正, in the command's days or {@code civicdesk.casework.supplement-days}. */
  public StaffCaseView requestSupplement(StaffPrincipal staff, CaseCommand.RequestSupplement c) {
    int days = c.days() == null ? settings.supplementDays() : c.days();
    return act(
        staff,
        c.number(),
        c.version(),
        CaseAction.REQUEST_SUPPLEMENT,
        (k, as, x) ->
            k.requestSupplement(as, c.deficiencies(), days, x.today(), x.calendar(), x.now()));
  }

  /** 補正完成, recorded by staff. */
  public StaffCaseView supply(StaffPrincipal staff, CaseCommand.Supply c) {
    return act(
        staff,
        c.number(),
        c.version(),
        CaseAction.SUPPLY,
        (k, as, x) -> k.supply(as, x.today(), x.now(), blankToNull(c.note())));
  }

  /** 展延, in the command's unit or the case's own. */
  public StaffCaseView extend(StaffPrincipal staff, CaseCommand.Extend c) {
    return act(
        staff,
        c.number(),
        c.version(),
        CaseAction.EXTEND,
        (k, as, x) ->
            k.extend(
                as,
                new TimeLimit(c.amount(), c.unit() == null ? k.clock().limit().unit() : c.unit()),
                c.reason(),
                x.today(),
                x.calendar(),
                x.now()));
  }

  /** 決行. */
  public StaffCaseView decide(StaffPrincipal staff, CaseCommand.Decide c) {
    return act(
        staff,
        c.number(),
        c.version(),
        CaseAction.DECIDE,
        (k, as, x) -> k.decide(as, c.outcome(), c.reason(), blankToNull(c.remedy()), x.now()));
  }

  /** 結案. */
  public StaffCaseView close(StaffPrincipal staff, CaseCommand.Close c) {
    return act(
        staff, c.number(), c.version(), CaseAction.CLOSE, (k, as, x) -> k.close(as, x.now()));
  }

  /** 撤回, recorded by staff. */
  public StaffCaseView withdraw(StaffPrincipal staff, CaseCommand.Withdraw c) {
    return act(
        staff,
        c.number(),
        c.version(),
        CaseAction.WITHDRAW,
        (k, as, x) -> k.withdraw(as, blankToNull(c.reason()), x.now()));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Takes {@code action} on the case seen at {@code version}, through {@code step}; answers the
   * case as stored afterwards.
   */
  StaffCaseView act(
      StaffPrincipal staff, CaseNumber number, int version, CaseAction action, StaffStep step) {
    Case after =
        work.act(
            number, version, staff, (c, ctx) -> step.apply(c, actorFor(c, action, staff), ctx));
    LocalDate due = work.dueDate(after);
    return new StaffCaseView(
        after, due, work.childrenOf(after), allowedNow(after, staff, work.today(), due));
  }

  /**
   * Assigns the case (分案) or reassigns it (改分) to {@code officer}, who must be an enabled case
   * officer of the staff member's agency ({@link CaseRuleViolated} on field {@code officer}).
   */
  public StaffCaseView assign(
      StaffPrincipal staff, CaseNumber number, int version, String officer) {
    return act(
        staff,
        number,
        version,
        CaseAction.ASSIGN,
        (c, as, ctx) -> {
          boolean known =
              organisation.colleagues(staff, Role.CASE_OFFICER).stream()
                  .anyMatch(s -> s.username().equals(officer));
          if (!known) {
            throw new CaseRuleViolated("casework.api.officer", "officer");
          }
          c.assign(as, officer, ctx.now());
        });
  }

  /**
   * Hands the case to {@code unitId}, another unit of the staff member's agency (改分), as a unit
   * head ({@link CaseRuleViolated} on field {@code unitId} for an unknown unit).
   */
  public StaffCaseView reroute(StaffPrincipal staff, CaseCommand.Reroute c) {
    tw.civicdesk.organisation.Unit unit =
        organisation.units(staff.agencyCode()).stream()
            .filter(u -> u.id() == c.unitId())
            .findFirst()
            .orElseThrow(() -> new CaseRuleViolated(CaseRuleViolated.UNIT_UNKNOWN, "unitId"));
    return act(
        staff,
        c.number(),
        c.version(),
        CaseAction.REROUTE,
        (k, as, x) -> k.reroute(as, unit.id(), unit.name().zh(), c.reason(), x.now()));
  }

  /**
   * Files a new case like {@code c.previous()}, a decided case the staff member reaches, as that
   * staff member ({@link #caseActor}); see {@link CaseCommand.Refile}.
   */
  public Case refile(StaffPrincipal staff, CaseCommand.Refile c) {
    work.requireReach(c.previous(), staff);
    return linking.refile(
        c.previous(), staff.agencyCode(), caseActor(staff), c.unitId(), c.limit());
  }

  /** Merges the case into {@code into}, another case of the same agency (併案). */
  public StaffCaseView merge(
      StaffPrincipal staff, CaseNumber number, int version, CaseNumber into) {
    Actor as = actorFor(current(staff, number, version), CaseAction.MERGE, staff);
    try {
      work.get(into, staff);
    } catch (CaseNotFound e) {
      throw new CaseRuleViolated("casework.merge.unknown", "into");
    }
    linking.merge(number, version, staff.agencyCode(), as, into);
    return view(staff, number);
  }

  /** Transfers the case to {@code unitId} of the competent agency {@code to} (移文). */
  public StaffCaseView transfer(
      StaffPrincipal staff,
      CaseNumber number,
      int version,
      AgencyCode to,
      long unitId,
      String reason) {
    Actor as = actorFor(current(staff, number, version), CaseAction.TRANSFER, staff);
    linking.transfer(number, version, staff.agencyCode(), as, to, unitId, reason);
    return view(staff, number);
  }

  /** Opens a child case for {@code unitId} of the same agency, due within {@code limit} (會辦). */
  public StaffCaseView requestJointHandling(
      StaffPrincipal staff, CaseNumber number, int version, long unitId, TimeLimit limit) {
    Actor as = actorFor(current(staff, number, version), CaseAction.REQUEST_JOINT_HANDLING, staff);
    linking.requestJointHandling(number, version, staff.agencyCode(), as, unitId, limit);
    return view(staff, number);
  }

  /**
   * What {@code staff} may do to {@code c} now, by the table, the assigned-officer rule and the
   * follow-up rules (稽催 only on a case due {@code today} or late; an answer only to an open
   * follow-up).
   *
   * @param due the case's due date now, {@code null} while a supplement is awaited
   */
  public static Set<CaseAction> allowedNow(
      Case c, StaffPrincipal staff, LocalDate today, @Nullable LocalDate due) {
    Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
    for (CaseAction action : CaseAction.values()) {
      CaseTransitions.find(c.status(), action)
          .filter(t -> party(c, t, staff) != null)
          .ifPresent(t -> allowed.add(action));
    }
    if (due == null || today.isBefore(due)) {
      allowed.remove(CaseAction.FOLLOW_UP);
    }
    if (!c.followUpOpen()) {
      allowed.remove(CaseAction.ANSWER_FOLLOW_UP);
    }
    return allowed;
  }

  /**
   * Sends a follow-up (稽催) on the case as a quality officer of its agency ({@link Case#followUp});
   * {@code version} {@code null} takes the case as it is now, since a follow-up changes no state
   * anybody else could have changed under it.
   */
  public StaffCaseView followUp(
      StaffPrincipal staff, CaseNumber number, @Nullable Integer version, String text) {
    return act(
        staff,
        number,
        versionOrCurrent(staff, number, version),
        CaseAction.FOLLOW_UP,
        (c, as, ctx) -> c.followUp(as, text, ctx.today(), ctx.calendar(), ctx.now()));
  }

  /** Answers the open follow-ups ({@link Case#answerFollowUp}); {@code version} as above. */
  public StaffCaseView answerFollowUp(
      StaffPrincipal staff, CaseNumber number, @Nullable Integer version, String text) {
    return act(
        staff,
        number,
        versionOrCurrent(staff, number, version),
        CaseAction.ANSWER_FOLLOW_UP,
        (c, as, ctx) -> c.answerFollowUp(as, text, ctx.now()));
  }

  private int versionOrCurrent(StaffPrincipal staff, CaseNumber number, @Nullable Integer version) {
    return version != null ? version : work.get(number, staff).version();
  }

  /**
   * The actor {@code staff} takes {@code action} on {@code c} as: the most senior of their parties
   * that the table allows for it (an officer only on their own or an unassigned case).
   *
   * @throws IllegalCaseTransition when the table has no such step from the current status
   * @throws ActionNotPermitted when none of the staff member's parties may take it
   */
  static Actor actorFor(Case c, CaseAction action, StaffPrincipal staff) {
    Transition t =
        CaseTransitions.find(c.status(), action)
            .orElseThrow(() -> new IllegalCaseTransition(c.status(), action));
    Party party = party(c, t, staff);
    if (party == null) {
      throw new ActionNotPermitted(action);
    }
    return Actor.staff(party, staff.getUsername());
  }

  /**
   * The staff member as an actor on a case outside the lifecycle (attaching a file), in their most
   * senior case role (unit head, case officer, counter clerk).
   *
   * @throws NoCaseRole (403) when they have none of those roles
   */
  public static Actor caseActor(StaffPrincipal staff) {
    Set<Party> parties = Party.of(staff.roles());
    for (Party party : SENIORITY) {
      // A quality officer chases cases (稽催) but does not work on them.
      if (party != Party.QUALITY_OFFICER && parties.contains(party)) {
        return Actor.staff(party, staff.getUsername());
      }
    }
    throw new NoCaseRole();
  }

  /** Staff without a counter, officer or unit-head role do not act on cases. */
  public static final class NoCaseRole extends tw.civicdesk.platform.error.ForbiddenException {
    NoCaseRole() {
      super("casework.attachments.no-case-role");
    }
  }

  /** Most senior first: a unit head who is also an officer acts as head where both may. */
  public static final List<Party> SENIORITY =
      List.of(Party.UNIT_HEAD, Party.CASE_OFFICER, Party.COUNTER_CLERK, Party.QUALITY_OFFICER);

  private static @Nullable Party party(Case c, Transition t, StaffPrincipal staff) {
    Set<Party> held = Party.of(staff.roles());
    for (Party p : SENIORITY) {
      if (!held.contains(p)) {
        continue;
      }
      boolean ownCase =
          p != Party.CASE_OFFICER || c.officer() == null || c.officer().equals(staff.getUsername());
      // An officer takes (認領) only an unassigned case of their own unit, not one they reach
      // through joint handling or filing.
      boolean takes = p == Party.CASE_OFFICER && t.action() == CaseAction.ASSIGN;
      Long unit = staff.unitId();
      boolean ownUnit = !takes || (c.officer() == null && unit != null && unit == c.unitId());
      if (t.by().contains(p) && ownCase && ownUnit) {
        return p;
      }
    }
    return null;
  }

  private Case current(StaffPrincipal staff, CaseNumber number, int version) {
    Case c = work.get(number, staff);
    if (c.version() != version) {
      throw new CaseChanged();
    }
    return c;
  }
}
