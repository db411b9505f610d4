// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.proposals.DemoProposalData.Demo;
import tw.civicdesk.proposals.DemoProposalData.End;
import tw.civicdesk.proposals.ProposalCommands.MilestoneInput;
import tw.civicdesk.proposals.ProposalViews.MeetingKind;
import tw.civicdesk.proposals.ProposalViews.MilestoneStatus;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * Loads the demo proposals in the {@code demo} profile, after the demo organisation and catalogue:
 * for 東區衛生所, 鳳山第一戶政 and 鹽水區公所, proposals in every state (submitted, under review, not adopted,
 * adopted with milestones and progress, adopted in part, implemented), some published; 鹽水's monthly
 * 區務會議 and 里幹事會議 of this year before today, some of which generated proposals; and, where the
 * agency opened its citizens' form (東區), one citizen's proposal. Each step goes through the
 * module's own doors as the agency's demo accounts ({@code easthealth.quality} and so on); the days
 * are then set back to fall in this year before today (Taiwan time, from the injected clock).
 * Idempotent: an agency with any proposal is left alone. Deterministic: the same clock gives the
 * same data.
 */
@Component
@Profile("demo")
class DemoProposals {

  private static final Logger LOG = LoggerFactory.getLogger(DemoProposals.class);

  private final ProposalIntake intake;
  private final Proposals proposals;
  private final ProposalSetup setup;
  private final ProposalStore store;
  private final Organisation organisation;
  private final Clock clock;

  DemoProposals(
      ProposalIntake intake,
      Proposals proposals,
      ProposalSetup setup,
      ProposalStore store,
      Organisation organisation,
      Clock clock) {
    this.intake = intake;
    this.proposals = proposals;
    this.setup = setup;
    this.store = store;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** The accounts of one demo agency: its quality officer and two panel members. */
  record Team(
      AgencyCode agency, StaffPrincipal quality, StaffPrincipal officer, StaffPrincipal head) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(360)
  void load() {
    LocalDate today = LocalDate.now(clock.withZone(Proposals.TAIPEI));
    for (DemoProposalData.Agency a : DemoProposalData.agencies()) {
      AgencyCode code = new AgencyCode(a.code());
      if (!organisation.exists(code)) {
        continue;
      }
      Team team =
          new Team(
              code,
              account(a.prefix() + ".quality"),
              account(a.prefix() + ".officer"),
              account(a.prefix() + ".head"));
      int loaded =
          load(team, a.proposals(), a.citizensOpen(), a.code().equals("TN-YANSHUI"), today);
      LOG.info("Demo proposals loaded for {}: {}", a.code(), loaded);
    }
  }

  /**
   * One agency's demo proposals, meetings (when asked) and citizen's proposal (when its form is to
   * be opened), dated this year before {@code today}; nothing when the agency has any proposal.
   *
   * @return the proposals made
   */
  int load(
      Team team, List<Demo> list, boolean citizensOpen, boolean withMeetings, LocalDate today) {
    if (!store.list(team.agency(), false).isEmpty()) {
      return 0;
    }
    setup.setPanelMember(team.quality(), team.agency(), team.officer().getUsername(), true);
    setup.setPanelMember(team.quality(), team.agency(), team.head().getUsername(), true);
    Map<String, Long> meetings = withMeetings ? meetings(team, today) : Map.of();
    for (int i = 0; i < list.size(); i++) {
      Demo d = list.get(i);
      Long meeting = d.meeting() == null ? null : meetings.get(d.meeting());
      propose(team, d, meeting, day(today, i + 1, list.size() + 3), today);
    }
    if (citizensOpen) {
      citizen(team, today);
    }
    return list.size() + (citizensOpen ? 1 : 0);
  }

  /** The {@code k}-th of {@code n} days spread over this year before today. */
  private static LocalDate day(LocalDate today, int k, int n) {
    LocalDate first = today.withDayOfYear(1);
    long elapsed = Math.max(0, ChronoUnit.DAYS.between(first, today) - 1);
    return first.plusDays(elapsed * k / n);
  }

  private static LocalDate before(LocalDate day, LocalDate today) {
    return day.isBefore(today) ? day : today.minusDays(1);
  }

  /** 鹽水's monthly 區務會議 (the 5th) and 里幹事會議 (the 20th) of this year before today. */
  private Map<String, Long> meetings(Team team, LocalDate today) {
    Map<String, Long> ids = new HashMap<>();
    for (int month = 1; month <= today.getMonthValue(); month++) {
      LocalDate district = LocalDate.of(today.getYear(), month, 5);
      LocalDate village = LocalDate.of(today.getYear(), month, 20);
      if (district.isBefore(today)) {
        ids.put("D" + month, meeting(team, district, MeetingKind.DISTRICT_AFFAIRS, month, "區務會議"));
      }
      if (village.isBefore(today)) {
        ids.put("V" + month, meeting(team, village, MeetingKind.VILLAGE_STAFF, month, "里幹事會議"));
      }
    }
    return ids;
  }

  private long meeting(Team team, LocalDate on, MeetingKind kind, int month, String name) {
    List<String> decisions =
        kind == MeetingKind.DISTRICT_AFFAIRS
            ? List.of("請各課室、戶政、衛生所及清潔隊提出本月創新服務構想。", "上月決議事項列管追蹤。")
            : List.of("請各里幹事彙整里民反映意見，送社會課及農業及建設課研處。", "加強獨居長者及低收入戶關懷。");
    return setup
        .saveMeeting(
            team.quality(),
            new ProposalCommands.SaveMeeting(
                team.agency(), on, kind, month + "月份" + name, "區長", decisions))
        .id();
  }

  private void propose(Team team, Demo d, @Nullable Long meeting, LocalDate on, LocalDate today) {
    long unit =
        organisation.units(team.agency()).stream()
            .filter(u -> u.code().equals(d.unit()))
            .findFirst()
            .orElseThrow()
            .id();
    LocalDate submitted =
        meeting == null
            ? on
            : before(setup.meeting(team.quality(), meeting).meeting().heldOn().plusDays(3), today);
    ProposalNumber n =
        intake.submit(
            team.officer(),
            new ProposalCommands.Submit(
                team.agency(),
                unit,
                meeting,
                d.title(),
                d.titleEn(),
                d.problem(),
                d.idea(),
                d.benefit(),
                d.hours(),
                d.money(),
                d.documents(),
                List.of()),
            List.of());
    if (d.end() == End.SUBMITTED) {
      store.backdate(n, submitted, null, null);
    } else {
      review(team, store.find(n).orElseThrow(), d, submitted, today);
    }
  }

  private void review(
      Team team, Proposal submittedOne, Demo d, LocalDate submitted, LocalDate today) {
    ProposalNumber n = submittedOne.number();
    Proposal p = score(team, submittedOne, d.title().length());
    if (d.end() == End.UNDER_REVIEW) {
      store.backdate(n, submitted, null, null);
      return;
    }
    LocalDate decided = before(submitted.plusDays(14), today);
    p = decide(team, p, d.end());
    if (d.end() != End.NOT_ADOPTED) {
      p = carryOut(team, p, submittedOne.unitId(), d.end(), decided);
    }
    if (d.published()) {
      p = proposals.publish(team.quality(), n, p.version(), true);
    }
    LocalDate done = d.end() == End.IMPLEMENTED ? before(decided.plusDays(60), today) : null;
    store.backdate(n, submitted, decided, done);
  }

  private Proposal score(Team team, Proposal p, int seed) {
    List<ProposalViews.Criterion> criteria = setup.criteriaOf(team.agency());
    Proposal q = p;
    for (StaffPrincipal member : List.of(team.officer(), team.head())) {
      Map<Long, Integer> points = new HashMap<>();
      for (int i = 0; i < criteria.size(); i++) {
        points.put(
            criteria.get(i).id(), 60 + (seed * 7 + i * 11 + member.getUsername().length()) % 36);
      }
      q = proposals.score(member, q.number(), q.version(), new ProposalCommands.Score(points));
    }
    return q;
  }

  private Proposal decide(Team team, Proposal p, End end) {
    ProposalStatus decision =
        switch (end) {
          case NOT_ADOPTED -> ProposalStatus.NOT_ADOPTED;
          case IN_PART_UNDER_WAY -> ProposalStatus.ADOPTED_IN_PART;
          default -> ProposalStatus.ADOPTED;
        };
    String reasons =
        switch (decision) {
          case NOT_ADOPTED -> "經評審小組審查，現行作法已可達成相同目的，暫不採行。";
          case ADOPTED_IN_PART -> "構想可行，先就部分服務試辦，再視成效擴大。";
          default -> "評審平均分數達採行標準，具體可行且效益明確。";
        };
    return proposals.decide(
        team.quality(), p.number(), p.version(), new ProposalCommands.Decide(decision, reasons));
  }

  private Proposal carryOut(Team team, Proposal p, long unit, End end, LocalDate decided) {
    Proposal q =
        proposals.assign(
            team.quality(),
            p.number(),
            p.version(),
            new ProposalCommands.Assign(
                unit,
                List.of(
                    new MilestoneInput("完成規劃及作業流程", decided.plusDays(30)),
                    new MilestoneInput("試辦", decided.plusDays(60)),
                    new MilestoneInput("全面實施及成效評估", decided.plusDays(120)))));
    if (end == End.ADOPTED_PLANNED) {
      return q;
    }
    var milestones = store.milestones(q.id());
    q = report(team, q, milestones.get(0).id(), MilestoneStatus.DONE, 100, "已完成作業流程規劃。");
    q = report(team, q, milestones.get(1).id(), MilestoneStatus.IN_PROGRESS, 60, "試辦中，民眾反應良好。");
    if (end == End.IMPLEMENTED) {
      q = report(team, q, milestones.get(1).id(), MilestoneStatus.DONE, 100, "試辦完成。");
      q = report(team, q, milestones.get(2).id(), MilestoneStatus.DONE, 100, "已全面實施。");
      q = proposals.implement(team.quality(), q.number(), q.version());
    }
    return q;
  }

  private Proposal report(
      Team team, Proposal p, long milestone, MilestoneStatus status, int percent, String note) {
    return proposals.report(
        team.quality(),
        p.number(),
        p.version(),
        new ProposalCommands.Progress(milestone, status, percent, note));
  }

  private void citizen(Team team, LocalDate today) {
    setup.setCitizenFormOpen(team.quality(), team.agency(), true);
    ProposalNumber n =
        intake.submitAsCitizen(
            new ProposalCommands.Submit(
                team.agency(),
                null,
                null,
                "公布夜間門診時段",
                "Publish the evening clinic hours",
                "下班後才能看診，但不清楚哪幾天有夜間門診。",
                "在網站及門口公告每週夜間門診時段。",
                "上班族看診更方便。",
                "",
                "",
                "",
                List.of()),
            new ProposalCommands.Citizen("陳先生", "chen@example.invalid"));
    store.backdate(n, day(today, 5, 6), null, null);
  }

  private StaffPrincipal account(String username) {
    return organisation
        .accountForSignIn(username)
        .orElseThrow(() -> new IllegalStateException("Demo account missing: " + username));
  }
}
