// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.proposals.ProposalAccess.ProposalNotFound;
import tw.civicdesk.proposals.ProposalViews.Milestone;
import tw.civicdesk.proposals.ProposalViews.Proposal;
import tw.civicdesk.proposals.ProposalViews.PublicProposal;
import tw.civicdesk.proposals.ProposalViews.StaffProposal;

/**
 * Reading proposals: the staff of an agency read all of its proposals ({@link ProposalNotFound}
 * outside it); the public reads the published ones only, as {@link PublicProposal}s that hold
 * nothing internal.
 */
@Service
public class ProposalReads {

  private final ProposalStore store;
  private final ProposalSetupStore setup;
  private final Organisation organisation;
  private final ProposalAccess access;
  private final AuditLog audit;

  ProposalReads(
      ProposalStore store,
      ProposalSetupStore setup,
      Organisation organisation,
      ProposalAccess access,
      AuditLog audit) {
    this.store = store;
    this.setup = setup;
    this.organisation = organisation;
    this.access = access;
    this.audit = audit;
  }

  /** Every proposal of {@code agency}, newest first, for its staff. */
  @Transactional(readOnly = true)
  public List<Proposal> list(StaffPrincipal viewer, AgencyCode agency) {
    access.requireReader(viewer, agency);
    return store.list(agency, false);
  }

  /**
   * One proposal with its reviews, milestones, attachments and meeting, for its agency's staff. A
   * citizen's proposal that carries the citizen's name or contact is a read of personal data: one
   * {@code PERSONAL_DATA_READ} row ({@code PROPOSAL} number, detail {@code
   * read=citizen-name,citizen-contact;purpose=proposal-review;roles=…}, naming only the fields that
   * hold a value) is written in this transaction.
   */
  @Transactional
  public StaffProposal forStaff(StaffPrincipal viewer, ProposalNumber number) {
    Proposal p = proposal(viewer, number);
    List<String> read = new java.util.ArrayList<>();
    if (p.citizenName() != null && !p.citizenName().isBlank()) {
      read.add("citizen-name");
    }
    if (p.citizenContact() != null && !p.citizenContact().isBlank()) {
      read.add("citizen-contact");
    }
    if (!read.isEmpty()) {
      audit.record(
          new AuditEvent(
              viewer.getUsername(),
              p.agency().value(),
              AuditEvent.PERSONAL_DATA_READ,
              "PROPOSAL",
              number.value(),
              AuditEvent.readDetail(
                  read, "proposal-review", viewer.roles().stream().map(Enum::name).toList())));
    }
    List<Milestone> milestones = store.milestones(p.id());
    return new StaffProposal(
        p,
        store.reviews(p.id()),
        milestones,
        store.attachments(p.id()),
        p.meetingId() == null ? null : setup.meeting(p.meetingId()).orElse(null),
        progress(p, milestones));
  }

  /** The bytes of an attachment of a proposal the viewer may read. */
  @Transactional(readOnly = true)
  public byte[] content(StaffPrincipal viewer, ProposalNumber number, long attachmentId) {
    Proposal p = proposal(viewer, number);
    return store.content(p.id(), attachmentId).orElseThrow(ProposalNotFound::new);
  }

  /** The published proposals of {@code agency}, newest first. */
  @Transactional(readOnly = true)
  public List<PublicProposal> published(AgencyCode agency) {
    Map<Long, Unit> units = units(agency);
    return store.list(agency, true).stream().map(p -> shown(p, units)).toList();
  }

  /** The published proposal {@code number} of {@code agency}; empty when it is not published. */
  @Transactional(readOnly = true)
  public Optional<PublicProposal> published(AgencyCode agency, ProposalNumber number) {
    return store
        .find(number)
        .filter(p -> p.published() && p.agency().equals(agency))
        .map(p -> shown(p, units(agency)));
  }

  /** 0–100: 100 once implemented, else the mean of the milestones' % done (0 without any). */
  static int progress(Proposal p, List<Milestone> milestones) {
    if (p.status() == ProposalStatus.IMPLEMENTED) {
      return 100;
    }
    return (int) Math.round(milestones.stream().mapToInt(Milestone::percent).average().orElse(0));
  }

  Proposal proposal(StaffPrincipal viewer, ProposalNumber number) {
    Proposal p = store.find(number).orElseThrow(ProposalNotFound::new);
    access.requireReader(viewer, p.agency());
    return p;
  }

  Proposal find(ProposalNumber number) {
    return store.find(number).orElseThrow(ProposalNotFound::new);
  }

  private Map<Long, Unit> units(AgencyCode agency) {
    return organisation.units(agency).stream()
        .collect(Collectors.toMap(Unit::id, Function.identity()));
  }

  private PublicProposal shown(Proposal p, Map<Long, Unit> units) {
    List<Milestone> milestones = store.milestones(p.id());
    LocalDate last =
        milestones.stream()
            .map(Milestone::updatedAt)
            .max(Comparator.naturalOrder())
            .filter(m -> m.isAfter(p.updatedAt()))
            .orElse(p.updatedAt())
            .atZone(Proposals.TAIPEI)
            .toLocalDate();
    @Nullable Unit unit = p.assignedUnitId() == null ? null : units.get(p.assignedUnitId());
    return new PublicProposal(
        p.number(),
        p.agency(),
        p.title(),
        p.problem(),
        p.idea(),
        p.benefit(),
        p.status(),
        p.decidedOn(),
        p.assignedUnitId(),
        unit == null ? null : unit.name(),
        p.meetingId() == null ? null : setup.meeting(p.meetingId()).orElse(null),
        milestones,
        progress(p, milestones),
        p.implementedOn(),
        last);
  }
}
