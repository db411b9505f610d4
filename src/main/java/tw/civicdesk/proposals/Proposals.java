// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.proposals.ProposalAccess.ProposalNotFound;
import tw.civicdesk.proposals.ProposalCommands.Assign;
import tw.civicdesk.proposals.ProposalCommands.Decide;
import tw.civicdesk.proposals.ProposalCommands.MilestoneInput;
import tw.civicdesk.proposals.ProposalCommands.Progress;
import tw.civicdesk.proposals.ProposalViews.Criterion;
import tw.civicdesk.proposals.ProposalViews.Milestone;
import tw.civicdesk.proposals.ProposalViews.MilestoneStatus;
import tw.civicdesk.proposals.ProposalViews.Proposal;

/**
 * The review of proposals after they are submitted ({@link ProposalIntake}): panel scores, the
 * decision, the assignment with milestones, progress, implementation and publication.
 *
 * <p>Every step is checked against {@link ProposalLifecycle} ({@code proposals.step-refused}, 409),
 * applies only to the version read ({@code proposals.changed}, 409), and leaves an audit row
 * ({@value #AUDIT}, subject {@code PROPOSAL} and its number, the detail naming the step and never a
 * text). Who may take which step is {@link ProposalAccess}.
 */
@Service
public class Proposals {

  /** The audit action of every change of a proposal (docs/audit-events.md). */
  public static final String AUDIT = "PROPOSAL_CHANGED";

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  static final int NOTE = 1000;

  private final ProposalStore store;
  private final ProposalSetup setup;
  private final ProposalAccess access;
  private final ProposalReads reads;
  private final AuditLog audit;
  private final Clock clock;

  Proposals(
      ProposalStore store,
      ProposalSetup setup,
      ProposalAccess access,
      ProposalReads reads,
      AuditLog audit,
      Clock clock) {
    this.store = store;
    this.setup = setup;
    this.access = access;
    this.reads = reads;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A panel member's scores, once per member: points 0–100 for every criterion of the agency; the
   * weighted total is Σ points × weight ÷ Σ weight, one decimal.
   */
  @Transactional
  public Proposal score(
      StaffPrincipal by, ProposalNumber number, int version, ProposalCommands.Score s) {
    Proposal p = reads.proposal(by, number);
    if (!access.onPanel(by, p.agency())) {
      throw new ForbiddenException("proposals.not-on-panel");
    }
    ProposalStatus to = ProposalLifecycle.next(p.status(), ProposalStep.SCORE);
    if (store.hasReviewed(p.id(), by.getUsername())) {
      throw new ConflictException("proposals.already-scored");
    }
    List<Criterion> criteria = setup.criteriaOf(p.agency());
    Map<Long, Integer> points = points(criteria, s);
    BigDecimal total = total(criteria, points);
    move(p, version, "status = :status", Map.of("status", to.name()));
    store.insertReview(p.id(), by.getUsername(), points, total, clock.instant());
    record(by.getUsername(), p, "scored;total=" + total.toPlainString());
    return reads.find(number);
  }

  /** The quality officer's decision, with its reasons (required). */
  @Transactional
  public Proposal decide(StaffPrincipal by, ProposalNumber number, int version, Decide d) {
    Proposal p = officerOf(by, number);
    ProposalStatus to =
        ProposalLifecycle.next(p.status(), ProposalLifecycle.decision(d.decision()));
    ProposalCheck check = new ProposalCheck();
    String reasons = check.text("reasons", d.reasons(), ProposalCheck.TEXT, true);
    check.done();
    Map<String, Object> values = new HashMap<>();
    values.put("status", to.name());
    values.put("decision", d.decision().name());
    values.put("reasons", reasons);
    values.put("on", today());
    move(
        p,
        version,
        "status = :status, decision = :decision, reasons = :reasons, decided_on = :on",
        values);
    record(by.getUsername(), p, "decided;decision=" + d.decision().name());
    return reads.find(number);
  }

  /**
   * The implementing unit and its milestones; the milestones replace the old ones as long as none
   * has any progress ({@code proposals.milestones-started}, 409, else).
   */
  @Transactional
  public Proposal assign(StaffPrincipal by, ProposalNumber number, int version, Assign a) {
    Proposal p = officerOf(by, number);
    ProposalLifecycle.next(p.status(), ProposalStep.ASSIGN);
    List<MilestoneInput> milestones = checkAssignment(p.agency(), a);
    boolean started =
        store.milestones(p.id()).stream()
            .anyMatch(m -> m.percent() > 0 || m.status() != MilestoneStatus.PLANNED);
    if (started) {
      throw new ConflictException("proposals.milestones-started");
    }
    move(p, version, "assigned_unit_id = :unit", Map.of("unit", a.unitId()));
    store.replaceMilestones(p.id(), milestones, clock.instant());
    record(by.getUsername(), p, "assigned;unit=" + a.unitId() + ";milestones=" + milestones.size());
    return reads.find(number);
  }

  /** Progress on one milestone, by the assigned unit's staff or a quality officer. */
  @Transactional
  public Proposal report(StaffPrincipal by, ProposalNumber number, int version, Progress r) {
    Proposal p = reads.proposal(by, number);
    if (!ProposalAccess.mayReport(by, p)) {
      throw new ForbiddenException("proposals.not-your-unit");
    }
    ProposalLifecycle.next(p.status(), ProposalStep.REPORT);
    Milestone milestone =
        store.milestones(p.id()).stream()
            .filter(m -> m.id() == r.milestoneId())
            .findFirst()
            .orElseThrow(ProposalNotFound::new);
    ProposalCheck check = new ProposalCheck();
    String note = check.text("note", r.note(), NOTE, false);
    if (r.status() == null) {
      check.problem("status", "proposals.field.required");
    }
    if (r.percent() < 0 || r.percent() > 100) {
      check.problem("percent", "proposals.field.percent");
    }
    check.done();
    int percent = r.status() == MilestoneStatus.DONE ? 100 : r.percent();
    move(p, version, "", Map.of());
    store.report(milestone.id(), r.status(), percent, note, clock.instant());
    record(
        by.getUsername(),
        p,
        "progress;milestone=" + milestone.id() + ";status=" + r.status() + ";percent=" + percent);
    return reads.find(number);
  }

  /** Marks an adopted, assigned proposal implemented today. */
  @Transactional
  public Proposal implement(StaffPrincipal by, ProposalNumber number, int version) {
    Proposal p = officerOf(by, number);
    ProposalStatus to = ProposalLifecycle.next(p.status(), ProposalStep.IMPLEMENT);
    if (p.assignedUnitId() == null) {
      throw new ConflictException("proposals.not-assigned");
    }
    move(
        p,
        version,
        "status = :status, implemented_on = :on",
        Map.of("status", to.name(), "on", today()));
    record(by.getUsername(), p, "implemented");
    return reads.find(number);
  }

  /** Publishes an adopted proposal on the accountability page, or takes it off. */
  @Transactional
  public Proposal publish(StaffPrincipal by, ProposalNumber number, int version, boolean shown) {
    Proposal p = officerOf(by, number);
    ProposalLifecycle.next(p.status(), shown ? ProposalStep.PUBLISH : ProposalStep.UNPUBLISH);
    move(p, version, "published = :published", Map.of("published", shown));
    record(by.getUsername(), p, shown ? "published" : "unpublished");
    return reads.find(number);
  }

  // ------------------------------------------------------------------ internals

  private Proposal officerOf(StaffPrincipal by, ProposalNumber number) {
    Proposal p = reads.proposal(by, number);
    access.requireOfficer(by, p.agency());
    return p;
  }

  private void move(Proposal p, int version, String set, Map<String, ?> values) {
    if (!store.update(p.number(), version, set, values, clock.instant())) {
      throw new ConflictException("proposals.changed");
    }
  }

  private static Map<Long, Integer> points(List<Criterion> criteria, ProposalCommands.Score s) {
    Map<Long, Integer> points = new HashMap<>();
    List<FieldProblem> problems = new java.util.ArrayList<>();
    for (Criterion c : criteria) {
      Integer given = s.points().get(c.id());
      if (given == null || given < 0 || given > 100) {
        problems.add(
            new FieldProblem("points[" + c.id() + "]", "proposals.field.points", List.of()));
      } else {
        points.put(c.id(), given);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    return points;
  }

  static BigDecimal total(List<Criterion> criteria, Map<Long, Integer> points) {
    long sum = 0;
    long weights = 0;
    for (Criterion c : criteria) {
      sum += (long) points.get(c.id()) * c.weight();
      weights += c.weight();
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
  }

  private List<MilestoneInput> checkAssignment(AgencyCode agency, Assign a) {
    ProposalCheck check = new ProposalCheck();
    if (a.unitId() == null || !setup.isUnitOf(agency, a.unitId())) {
      check.problem("unitId", "proposals.field.unit");
    }
    List<MilestoneInput> kept = new java.util.ArrayList<>();
    int i = 0;
    for (MilestoneInput m : a.milestones()) {
      boolean blank = (m.title() == null || m.title().isBlank()) && m.dueOn() == null;
      if (!blank) {
        String title = check.text("milestones[" + i + "].title", m.title(), 120, true);
        if (m.dueOn() == null) {
          check.problem("milestones[" + i + "].dueOn", "proposals.field.required");
        }
        kept.add(new MilestoneInput(title, m.dueOn()));
      }
      i++;
    }
    if (kept.isEmpty()) {
      check.problem("milestones[0].title", "proposals.field.milestones");
    }
    check.done();
    return kept;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(TAIPEI));
  }

  void record(String by, Proposal p, @Nullable String detail) {
    audit.record(
        new AuditEvent(by, p.agency().value(), AUDIT, "PROPOSAL", p.number().value(), detail));
  }
}
