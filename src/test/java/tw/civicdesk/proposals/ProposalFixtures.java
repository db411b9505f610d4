// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.proposals.ProposalCommands.Assign;
import tw.civicdesk.proposals.ProposalCommands.Decide;
import tw.civicdesk.proposals.ProposalCommands.MilestoneInput;
import tw.civicdesk.proposals.ProposalCommands.Submit;
import tw.civicdesk.proposals.ProposalViews.Criterion;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/** Proposals for tests, taken through the module's own doors. */
public final class ProposalFixtures {

  private final ApplicationContext context;
  private final TestOrganisation.Setup agency;

  private ProposalFixtures(ApplicationContext context, TestOrganisation.Setup agency) {
    this.context = context;
    this.agency = agency;
  }

  public static ProposalFixtures of(ApplicationContext context, TestOrganisation.Setup agency) {
    return new ProposalFixtures(context, agency);
  }

  /** A valid staff proposal of the set-up's unit, titled {@code title}. */
  public Submit submit(String title) {
    return new Submit(
        agency.code(),
        agency.unit().id(),
        null,
        title,
        "",
        "民眾須往返兩次補件",
        "櫃台先以電子查驗確認資料",
        "每件減少一次往返",
        "12.5",
        "3000",
        "2",
        List.of());
  }

  public StaffPrincipal officer() {
    return agency.as(Role.QUALITY_OFFICER);
  }

  /** A staff proposal submitted by the case officer. */
  public Proposal submitted(String title) {
    ProposalNumber n =
        context
            .getBean(ProposalIntake.class)
            .submit(agency.as(Role.CASE_OFFICER), submit(title), List.of());
    return reads().find(n);
  }

  /** The case officer and the unit head on the panel. */
  public void panel() {
    ProposalSetup setup = context.getBean(ProposalSetup.class);
    setup.setPanelMember(officer(), agency.code(), agency.username(Role.CASE_OFFICER), true);
    setup.setPanelMember(officer(), agency.code(), agency.username(Role.UNIT_HEAD), true);
  }

  /** A proposal scored by the case officer (who must be on the panel) with {@code points} each. */
  public Proposal scored(Proposal p, int points) {
    List<Criterion> criteria =
        context.getBean(ProposalSetup.class).criteria(officer(), agency.code());
    Map<Long, Integer> all = new java.util.HashMap<>();
    criteria.forEach(c -> all.put(c.id(), points));
    return proposals()
        .score(
            agency.as(Role.CASE_OFFICER), p.number(), p.version(), new ProposalCommands.Score(all));
  }

  public Proposal decided(Proposal p, ProposalStatus decision) {
    return proposals().decide(officer(), p.number(), p.version(), new Decide(decision, "理由充分"));
  }

  public Proposal assigned(Proposal p, LocalDate due) {
    return proposals()
        .assign(
            officer(),
            p.number(),
            p.version(),
            new Assign(
                agency.unit().id(),
                List.of(
                    new MilestoneInput("規劃", due), new MilestoneInput("上線", due.plusDays(30)))));
  }

  public Proposal implemented(Proposal p) {
    return proposals().implement(officer(), p.number(), p.version());
  }

  public Proposal published(Proposal p) {
    return proposals().publish(officer(), p.number(), p.version(), true);
  }

  /** Submitted, decided {@code decision}, assigned, and implemented when asked. */
  public Proposal through(
      String title, ProposalStatus decision, boolean implement, @Nullable LocalDate due) {
    Proposal p = decided(submitted(title), decision);
    if (decision == ProposalStatus.NOT_ADOPTED) {
      return p;
    }
    p = assigned(p, due == null ? LocalDate.of(2026, 12, 1) : due);
    return implement ? implemented(p) : p;
  }

  public Proposals proposals() {
    return context.getBean(Proposals.class);
  }

  public ProposalReads reads() {
    return context.getBean(ProposalReads.class);
  }
}
