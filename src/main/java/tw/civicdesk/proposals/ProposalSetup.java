// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.proposals.ProposalAccess.ProposalNotFound;
import tw.civicdesk.proposals.ProposalCommands.CriterionInput;
import tw.civicdesk.proposals.ProposalCommands.SaveMeeting;
import tw.civicdesk.proposals.ProposalViews.Criterion;
import tw.civicdesk.proposals.ProposalViews.Meeting;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * An agency's proposal scheme: whether citizens may propose (off until the quality officer opens
 * it), the review criteria (the defaults {@link #DEFAULTS} until the agency sets its own), the
 * review panel and the meetings proposals come from. Reading is for the agency's staff, changing
 * for its quality officers ({@link ProposalAccess}); every change is audited ({@value #AUDIT}).
 */
@Service
public class ProposalSetup {

  /** The audit action of every change of the scheme's settings, criteria, panel or meetings. */
  public static final String AUDIT = "PROPOSAL_SCHEME_CHANGED";

  /** The criteria of an agency that has set none: 創新性 30, 可行性 25, 效益 30, 擴散性 15. */
  public static final List<Criterion> DEFAULTS =
      List.of(
          new Criterion(0, new BilingualText("創新性", "Innovation"), 30, 0),
          new Criterion(0, new BilingualText("可行性", "Feasibility"), 25, 1),
          new Criterion(0, new BilingualText("效益", "Benefit"), 30, 2),
          new Criterion(0, new BilingualText("擴散性", "Transferability"), 15, 3));

  private final ProposalSetupStore store;
  private final ProposalStore proposals;
  private final ProposalAccess access;
  private final Organisation organisation;
  private final AuditLog audit;
  private final Clock clock;

  ProposalSetup(
      ProposalSetupStore store,
      ProposalStore proposals,
      ProposalAccess access,
      Organisation organisation,
      AuditLog audit,
      Clock clock) {
    this.store = store;
    this.proposals = proposals;
    this.access = access;
    this.organisation = organisation;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether citizens may propose to {@code agency} through its public form. */
  @Transactional(readOnly = true)
  public boolean citizenFormOpen(AgencyCode agency) {
    return store.citizenFormOpen(agency);
  }

  /** Opens or closes the public form of {@code agency}. */
  @Transactional
  public void setCitizenFormOpen(StaffPrincipal by, AgencyCode agency, boolean open) {
    access.requireOfficer(by, agency);
    store.setCitizenFormOpen(agency, open, by.getUsername(), clock.instant());
    record(by, agency, "SETTING", agency.value(), "citizen-form=" + (open ? "open" : "closed"));
  }

  /** The agency's criteria, stored on first use from {@link #DEFAULTS}. */
  @Transactional
  public List<Criterion> criteria(StaffPrincipal viewer, AgencyCode agency) {
    access.requireReader(viewer, agency);
    return criteriaOf(agency);
  }

  /**
   * Replaces the agency's criteria (names required, weights 1–100) while no proposal of the agency
   * has been scored ({@code proposals.criteria-in-use}, 409, after).
   */
  @Transactional
  public List<Criterion> saveCriteria(
      StaffPrincipal by, AgencyCode agency, List<CriterionInput> given) {
    access.requireOfficer(by, agency);
    ProposalCheck check = new ProposalCheck();
    List<Criterion> kept = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      CriterionInput c = given.get(i);
      if ((c.nameZh() == null || c.nameZh().isBlank()) && c.weight() == 0) {
        continue;
      }
      String zh = check.text("criteria[" + i + "].nameZh", c.nameZh(), 40, true);
      String en = check.text("criteria[" + i + "].nameEn", c.nameEn(), 60, false);
      if (c.weight() < 1 || c.weight() > 100) {
        check.problem("criteria[" + i + "].weight", "proposals.field.weight");
      }
      kept.add(new Criterion(0, new BilingualText(zh.isEmpty() ? "-" : zh, en), c.weight(), i));
    }
    if (kept.isEmpty()) {
      check.problem("criteria[0].nameZh", "proposals.field.required");
    }
    check.done();
    if (store.anyReviewIn(agency)) {
      throw new ConflictException("proposals.criteria-in-use");
    }
    store.replaceCriteria(agency, kept);
    record(by, agency, "CRITERIA", agency.value(), "criteria=" + kept.size());
    return store.criteria(agency);
  }

  /** The usernames on the agency's review panel. */
  @Transactional(readOnly = true)
  public List<String> panel(StaffPrincipal viewer, AgencyCode agency) {
    access.requireReader(viewer, agency);
    return store.panel(agency);
  }

  /** Puts a staff member of the agency on its panel, or takes them off. */
  @Transactional
  public void setPanelMember(StaffPrincipal by, AgencyCode agency, String username, boolean on) {
    access.requireOfficer(by, agency);
    if (!isStaffOf(agency, username)) {
      throw new ProposalNotFound();
    }
    if (on) {
      store.addToPanel(agency, username, by.getUsername(), clock.instant());
    } else {
      store.removeFromPanel(agency, username);
    }
    record(by, agency, "PANEL", username, on ? "added" : "removed");
  }

  /** Records a meeting (date, kind, title, chair as a unit or role, decisions). */
  @Transactional
  public Meeting saveMeeting(StaffPrincipal by, SaveMeeting m) {
    access.requireOfficer(by, m.agency());
    ProposalCheck check = new ProposalCheck();
    String title = check.text("title", m.title(), ProposalCheck.TITLE, true);
    String chair = check.text("chair", m.chair(), 60, true);
    if (m.heldOn() == null) {
      check.problem("heldOn", "proposals.field.required");
    }
    if (m.kind() == null) {
      check.problem("kind", "proposals.field.required");
    }
    List<String> decisions = new ArrayList<>();
    for (String d : m.decisions()) {
      String s = check.text("decisions", d, 1000, false);
      if (!s.isEmpty()) {
        decisions.add(s);
      }
    }
    check.done();
    long id =
        store.insertMeeting(
            m.agency(),
            m.heldOn(),
            m.kind(),
            title,
            chair,
            decisions,
            by.getUsername(),
            clock.instant());
    record(by, m.agency(), "MEETING", Long.toString(id), "recorded;decisions=" + decisions.size());
    return store.meeting(id).orElseThrow();
  }

  /** The agency's meetings, newest first. */
  @Transactional(readOnly = true)
  public List<Meeting> meetings(StaffPrincipal viewer, AgencyCode agency) {
    access.requireReader(viewer, agency);
    return store.meetings(agency);
  }

  /** One meeting of the viewer's reach, with the proposals that came from it. */
  @Transactional(readOnly = true)
  public MeetingWithProposals meeting(StaffPrincipal viewer, long id) {
    Meeting m = store.meeting(id).orElseThrow(ProposalNotFound::new);
    access.requireReader(viewer, m.agency());
    return new MeetingWithProposals(m, proposals.fromMeeting(id));
  }

  /** A meeting and the proposals that came from it. */
  public record MeetingWithProposals(Meeting meeting, List<Proposal> proposals) {}

  // ------------------------------------------------------------------ for the module

  List<Criterion> criteriaOf(AgencyCode agency) {
    List<Criterion> stored = store.criteria(agency);
    if (!stored.isEmpty()) {
      return stored;
    }
    store.replaceCriteria(agency, DEFAULTS);
    return store.criteria(agency);
  }

  boolean isUnitOf(AgencyCode agency, long unitId) {
    return organisation.units(agency).stream().anyMatch(u -> u.id() == unitId);
  }

  boolean isMeetingOf(AgencyCode agency, long meetingId) {
    return store.meeting(meetingId).filter(m -> m.agency().equals(agency)).isPresent();
  }

  boolean isStaffOf(AgencyCode agency, String username) {
    return java.util.Arrays.stream(tw.civicdesk.organisation.Role.values())
        .anyMatch(r -> organisation.usernamesHolding(agency, null, r).contains(username));
  }

  private void record(StaffPrincipal by, AgencyCode agency, String type, String id, String detail) {
    audit.record(
        new AuditEvent(by.getUsername(), agency.value(), AUDIT, "PROPOSAL_" + type, id, detail));
  }
}
