// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.proposals.ProposalCommands.Citizen;
import tw.civicdesk.proposals.ProposalCommands.Submit;
import tw.civicdesk.proposals.ProposalCommands.Upload;
import tw.civicdesk.proposals.ProposalViews.Origin;

/**
 * Submitting proposals: staff of an agency in the console (with attachments), citizens through the
 * agency's public form where the agency has opened it ({@link CitizenFormClosed}, 404, else). A
 * proposal gets its number ({@link ProposalNumber}) from a counter per agency and year, starts
 * {@link ProposalStatus#SUBMITTED} and leaves an audit row ({@value Proposals#AUDIT}, detail {@code
 * submitted;origin=...}). The fields are checked all at once ({@link ProposalCheck}); nothing is
 * stored when one is wrong.
 */
@Service
public class ProposalIntake {

  /** The audit actor of a citizen's proposal. */
  public static final String CITIZEN = "citizen";

  private final ProposalStore store;
  private final ProposalSetup setup;
  private final ProposalAccess access;
  private final ProposalAttachments attachments;
  private final AuditLog audit;
  private final Clock clock;

  ProposalIntake(
      ProposalStore store,
      ProposalSetup setup,
      ProposalAccess access,
      ProposalAttachments attachments,
      AuditLog audit,
      Clock clock) {
    this.store = store;
    this.setup = setup;
    this.access = access;
    this.attachments = attachments;
    this.audit = audit;
    this.clock = clock;
  }

  /** A staff member's proposal to their agency, with its files (each checked before anything). */
  @Transactional
  public ProposalNumber submit(StaffPrincipal by, Submit s, List<Upload> files) {
    access.requireReader(by, s.agency());
    ProposalStore.Content content = ProposalCheck.check(s, true, known(s.agency()));
    var inspected = attachments.inspect(files);
    ProposalNumber number =
        insert(s.agency(), Origin.STAFF, by.getUsername(), new Citizen(null, null), content);
    attachments.store(number, inspected, by.getUsername());
    return number;
  }

  /** A citizen's proposal to {@code s.agency()}, if the agency has opened its form. */
  @Transactional
  public ProposalNumber submitAsCitizen(Submit s, Citizen citizen) {
    if (!setup.citizenFormOpen(s.agency())) {
      throw new CitizenFormClosed();
    }
    List<InvalidFields.FieldProblem> problems = new java.util.ArrayList<>();
    ProposalStore.Content content = null;
    Citizen checked = null;
    try {
      content = ProposalCheck.check(s, false, known(s.agency()));
    } catch (InvalidFields e) {
      problems.addAll(e.problems());
    }
    try {
      checked = ProposalCheck.citizen(citizen);
    } catch (InvalidFields e) {
      problems.addAll(e.problems());
    }
    if (content == null || checked == null) {
      throw new InvalidFields(problems);
    }
    return insert(s.agency(), Origin.CITIZEN, null, checked, content);
  }

  private ProposalNumber insert(
      AgencyCode agency,
      Origin origin,
      @Nullable String by,
      Citizen citizen,
      ProposalStore.Content c) {
    LocalDate today = LocalDate.now(clock.withZone(Proposals.TAIPEI));
    ProposalNumber number;
    do {
      number =
          ProposalNumber.of(agency, today.getYear(), store.nextNumber(agency, today.getYear()));
    } while (store.exists(number));
    store.insert(number, agency, origin, by, citizen, c, today, clock.instant());
    audit.record(
        new AuditEvent(
            by == null ? CITIZEN : by,
            agency.value(),
            Proposals.AUDIT,
            "PROPOSAL",
            number.value(),
            "submitted;origin=" + origin.name()));
    return number;
  }

  private ProposalCheck.Known known(AgencyCode agency) {
    return access.known(agency);
  }

  /** The agency takes no citizen proposals (its form is closed), or there is no such agency. */
  public static final class CitizenFormClosed extends NotFoundException {
    public CitizenFormClosed() {
      super("proposals.citizen-closed");
    }
  }
}
