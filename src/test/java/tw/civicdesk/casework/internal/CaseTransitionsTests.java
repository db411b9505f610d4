// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.Party;
import tw.civicdesk.casework.internal.CaseTransitions.ActionNotPermitted;
import tw.civicdesk.casework.internal.CaseTransitions.IllegalCaseTransition;

/** The lifecycle table: its rules, and the diagram in the docs that comes from it. */
class CaseTransitionsTests {

  static final Path DIAGRAM = Path.of("docs", "case-lifecycle.md");

  static String document() {
    return "# Case lifecycle\n\n"
        + "Generated from `CaseTransitions` by `CaseTransitionsTests`; do not edit by hand.\n"
        + "Each arrow is one row of the table: the action and who may take it.\n\n"
        + "```mermaid\n"
        + CaseTransitions.mermaid()
        + "```\n\n"
        + "## Follow-ups (稽催)\n\n"
        + "`FOLLOW_UP` and `ANSWER_FOLLOW_UP` keep the status and are internal: the public"
        + " tracking page never shows them. Besides the table, the case itself checks:\n\n"
        + "- a quality officer of the case's agency sends a follow-up only while the clock runs"
        + " and the case is due today or late (a case not yet due, or awaiting a supplement, is"
        + " refused with `casework.follow-up.not-due`);\n"
        + "- the assigned officer, a unit head or (recording a written answer) a quality officer"
        + " answers only when a follow-up is open (sent after the last answer), else `casework.follow-up.none-open`; one answer answers every"
        + " open follow-up;\n"
        + "- both carry a text of 1 to 2,000 characters, kept as the step's internal note.\n\n"
        + "## Taking a case (認領)\n\n"
        + "A case officer's `ASSIGN` from `RECEIVED` is taking the case: only for themselves"
        + " (`casework.assign.take-for-self`) and only a case of their own unit"
        + " (`casework.internal.StaffActions`),"
        + " not one they reach through joint handling or by having filed it.\n";
  }

  /** Rewrites the diagram from the table, and fails when that changed it: commit the new one. */
  @Test
  void theCommittedDiagramIsTheTable() throws IOException {
    String committed = Files.exists(DIAGRAM) ? Files.readString(DIAGRAM) : "";
    Files.writeString(DIAGRAM, document());
    assertThat(committed)
        .as(
            "docs/case-lifecycle.md was out of date; it has been rewritten"
                + " from CaseTransitions, commit it")
        .isEqualTo(document());
  }

  @Test
  void anOfficerCannotDecideACaseThatAwaitsASupplement() {
    assertThatThrownBy(
            () ->
                CaseTransitions.require(
                    CaseStatus.AWAITING_SUPPLEMENT, CaseAction.DECIDE, Party.CASE_OFFICER))
        .isInstanceOf(IllegalCaseTransition.class);
  }

  @Test
  void onlyAUnitHeadGrantsAnExtension() {
    assertThatThrownBy(
            () ->
                CaseTransitions.require(
                    CaseStatus.IN_PROGRESS, CaseAction.EXTEND, Party.CASE_OFFICER))
        .isInstanceOf(ActionNotPermitted.class);
    assertThat(
            CaseTransitions.require(CaseStatus.IN_PROGRESS, CaseAction.EXTEND, Party.UNIT_HEAD)
                .to())
        .isEqualTo(CaseStatus.IN_PROGRESS);
  }

  @Test
  void theApplicantMayWithdrawOrSupplyButNeverDecide() {
    assertThat(CaseTransitions.available(CaseStatus.AWAITING_SUPPLEMENT, Set.of(Party.APPLICANT)))
        .containsExactlyInAnyOrder(CaseAction.SUPPLY, CaseAction.WITHDRAW);
    assertThat(CaseTransitions.all())
        .filteredOn(t -> t.action() == CaseAction.DECIDE)
        .allMatch(t -> !t.by().contains(Party.APPLICANT));
  }

  @Test
  void finalStatusesHaveNoWayOut() {
    assertThat(CaseTransitions.all()).noneMatch(t -> t.from().isFinal());
  }

  @Test
  void everyStatusCanBeReachedFromReceivedAndEveryOpenOneCanEnd() {
    Set<CaseStatus> reached = EnumSet.of(CaseStatus.RECEIVED);
    Deque<CaseStatus> todo = new ArrayDeque<>(reached);
    while (!todo.isEmpty()) {
      CaseStatus from = todo.pop();
      CaseTransitions.all().stream()
          .filter(t -> t.from() == from)
          .filter(t -> reached.add(t.to()))
          .forEach(t -> todo.push(t.to()));
    }
    assertThat(reached).containsExactlyInAnyOrder(CaseStatus.values());
    for (CaseStatus status : CaseStatus.values()) {
      if (!status.isFinal()) {
        assertThat(CaseTransitions.all()).as(status.name()).anyMatch(t -> t.from() == status);
      }
    }
  }

  @Test
  void eachStatusHasAtMostOneRowPerAction() {
    assertThat(
            CaseTransitions.all().stream().map(t -> t.from() + "/" + t.action()).distinct().count())
        .isEqualTo(CaseTransitions.all().size());
  }
}
