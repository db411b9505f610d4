// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static tw.civicdesk.casework.CaseAction.ANSWER_FOLLOW_UP;
import static tw.civicdesk.casework.CaseAction.ASSIGN;
import static tw.civicdesk.casework.CaseAction.CLOSE;
import static tw.civicdesk.casework.CaseAction.DECIDE;
import static tw.civicdesk.casework.CaseAction.EXTEND;
import static tw.civicdesk.casework.CaseAction.FOLLOW_UP;
import static tw.civicdesk.casework.CaseAction.MERGE;
import static tw.civicdesk.casework.CaseAction.REQUEST_JOINT_HANDLING;
import static tw.civicdesk.casework.CaseAction.REQUEST_SUPPLEMENT;
import static tw.civicdesk.casework.CaseAction.REROUTE;
import static tw.civicdesk.casework.CaseAction.RESCHEDULE;
import static tw.civicdesk.casework.CaseAction.START;
import static tw.civicdesk.casework.CaseAction.SUPPLY;
import static tw.civicdesk.casework.CaseAction.TRANSFER;
import static tw.civicdesk.casework.CaseAction.WITHDRAW;
import static tw.civicdesk.casework.CaseStatus.ASSIGNED;
import static tw.civicdesk.casework.CaseStatus.AWAITING_SUPPLEMENT;
import static tw.civicdesk.casework.CaseStatus.CLOSED;
import static tw.civicdesk.casework.CaseStatus.DECIDED;
import static tw.civicdesk.casework.CaseStatus.IN_PROGRESS;
import static tw.civicdesk.casework.CaseStatus.MERGED;
import static tw.civicdesk.casework.CaseStatus.RECEIVED;
import static tw.civicdesk.casework.CaseStatus.TRANSFERRED;
import static tw.civicdesk.casework.CaseStatus.WITHDRAWN;
import static tw.civicdesk.casework.Party.APPLICANT;
import static tw.civicdesk.casework.Party.CASE_OFFICER;
import static tw.civicdesk.casework.Party.COUNTER_CLERK;
import static tw.civicdesk.casework.Party.QUALITY_OFFICER;
import static tw.civicdesk.casework.Party.SYSTEM;
import static tw.civicdesk.casework.Party.UNIT_HEAD;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Party;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;

/**
 * The case lifecycle as one table: every allowed move, from which status, by which action, to which
 * status, and who may make it. Guards, the console's "actions allowed now" and the diagram in
 * {@code docs/case-lifecycle.md} all come from this table and nothing else.
 */
public final class CaseTransitions {

  /**
   * One row of the table.
   *
   * @param by the parties who may make this move
   */
  public record Transition(CaseStatus from, CaseAction action, CaseStatus to, Set<Party> by) {}

  private static final List<Transition> TABLE = table();

  private CaseTransitions() {}

  private static List<Transition> table() {
    List<Transition> t = new ArrayList<>();
    // A case officer may take (認領) an unassigned case of their own unit, for themselves only
    // (Case#assign, StaffActions).
    t.add(row(RECEIVED, ASSIGN, ASSIGNED, UNIT_HEAD, CASE_OFFICER, SYSTEM));
    t.add(row(ASSIGNED, ASSIGN, ASSIGNED, UNIT_HEAD));
    t.add(row(IN_PROGRESS, ASSIGN, ASSIGNED, UNIT_HEAD));
    t.add(row(ASSIGNED, START, IN_PROGRESS, CASE_OFFICER));
    t.add(row(IN_PROGRESS, REQUEST_SUPPLEMENT, AWAITING_SUPPLEMENT, CASE_OFFICER, UNIT_HEAD));
    t.add(row(AWAITING_SUPPLEMENT, SUPPLY, IN_PROGRESS, APPLICANT, COUNTER_CLERK, CASE_OFFICER));
    t.add(row(ASSIGNED, EXTEND, ASSIGNED, UNIT_HEAD));
    t.add(row(IN_PROGRESS, EXTEND, IN_PROGRESS, UNIT_HEAD));
    t.add(row(IN_PROGRESS, REQUEST_JOINT_HANDLING, IN_PROGRESS, CASE_OFFICER, UNIT_HEAD));
    t.add(row(IN_PROGRESS, DECIDE, DECIDED, CASE_OFFICER, UNIT_HEAD));
    t.add(row(DECIDED, CLOSE, CLOSED, CASE_OFFICER, SYSTEM));
    for (CaseStatus open : List.of(RECEIVED, ASSIGNED, IN_PROGRESS)) {
      t.add(row(open, TRANSFER, TRANSFERRED, CASE_OFFICER, UNIT_HEAD));
      // 改分 to another unit: its head assigns the case again (Case#reroute).
      t.add(row(open, REROUTE, RECEIVED, UNIT_HEAD));
    }
    for (CaseStatus dated : List.of(RECEIVED, ASSIGNED, IN_PROGRESS, DECIDED)) {
      t.add(row(dated, RESCHEDULE, dated, SYSTEM));
    }
    for (CaseStatus open : List.of(RECEIVED, ASSIGNED, IN_PROGRESS, AWAITING_SUPPLEMENT)) {
      t.add(row(open, WITHDRAW, WITHDRAWN, APPLICANT, COUNTER_CLERK));
      t.add(row(open, MERGE, MERGED, CASE_OFFICER, UNIT_HEAD));
    }
    // 稽催: only while the clock runs (Case#followUp adds: due today or late); answered in any
    // status that is not final, since a case may be paused or decided after it was chased.
    for (CaseStatus running : CaseStatus.values()) {
      if (running.clockRuns()) {
        t.add(row(running, FOLLOW_UP, running, QUALITY_OFFICER));
      }
    }
    for (CaseStatus open : List.of(RECEIVED, ASSIGNED, IN_PROGRESS, AWAITING_SUPPLEMENT, DECIDED)) {
      t.add(row(open, ANSWER_FOLLOW_UP, open, CASE_OFFICER, UNIT_HEAD, QUALITY_OFFICER));
    }
    return List.copyOf(t);
  }

  private static Transition row(CaseStatus from, CaseAction action, CaseStatus to, Party... by) {
    return new Transition(from, action, to, Set.copyOf(List.of(by)));
  }

  /** Every row, in a stable order. */
  public static List<Transition> all() {
    return TABLE;
  }

  /** The row for {@code action} from {@code from}, if the table has one. */
  public static Optional<Transition> find(CaseStatus from, CaseAction action) {
    return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
  }

  /**
   * The row {@code party} may take now.
   *
   * @throws IllegalCaseTransition when the table has no such move from {@code from} (409)
   * @throws ActionNotPermitted when it has, but not for {@code party} (403)
   */
  public static Transition require(CaseStatus from, CaseAction action, Party party) {
    Transition transition =
        find(from, action).orElseThrow(() -> new IllegalCaseTransition(from, action));
    if (!transition.by().contains(party)) {
      throw new ActionNotPermitted(action);
    }
    return transition;
  }

  /** What any of {@code parties} may do to a case in status {@code from}. */
  public static Set<CaseAction> available(CaseStatus from, Set<Party> parties) {
    Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
    TABLE.stream()
        .filter(t -> t.from() == from)
        .filter(t -> t.by().stream().anyMatch(parties::contains))
        .forEach(t -> actions.add(t.action()));
    return actions;
  }

  /** The table as a Mermaid state diagram, the source of {@code docs/case-lifecycle.md}. */
  public static String mermaid() {
    StringBuilder diagram = new StringBuilder("stateDiagram-v2\n");
    diagram.append("    [*] --> RECEIVED: file (any channel)\n");
    for (Transition t : TABLE) {
      diagram
          .append("    ")
          .append(t.from())
          .append(" --> ")
          .append(t.to())
          .append(": ")
          .append(t.action())
          .append(" (")
          .append(t.by().stream().sorted().map(Party::name).collect(Collectors.joining(", ")))
          .append(")\n");
    }
    for (CaseStatus status : CaseStatus.values()) {
      if (status.isFinal()) {
        diagram.append("    ").append(status).append(" --> [*]\n");
      }
    }
    return diagram.toString();
  }

  /** A move the lifecycle does not have, e.g. deciding a case that awaits a supplement. */
  public static class IllegalCaseTransition extends ConflictException {
    IllegalCaseTransition(CaseStatus from, CaseAction action) {
      super("casework.transition.illegal", action, from);
    }
  }

  /** A move the lifecycle has, made by someone it does not allow to make it. */
  public static class ActionNotPermitted extends ForbiddenException {
    ActionNotPermitted(CaseAction action) {
      super("casework.transition.not-permitted", action);
    }
  }
}
