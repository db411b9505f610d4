// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * Staff answering the phone look a case up by its number alone (no verification code): they see the
 * citizen's public timeline and the internal details ({@link CaseLookup}). Their reach is {@link
 * AccessPolicy#canLookUpCase}: their own agency's cases and those of every agency below it. Every
 * successful look-up is audited; a failed one is not, and a case outside the reader's reach fails
 * exactly like a number nobody has.
 */
@Service
public class StaffLookup {

  private final CaseWork work;
  private final Organisation organisation;
  private final PublicTimelines timelines;
  private final AuditLog audit;

  StaffLookup(CaseWork work, Organisation organisation, PublicTimelines timelines, AuditLog audit) {
    this.work = work;
    this.organisation = organisation;
    this.timelines = timelines;
    this.audit = audit;
  }

  /**
   * The case numbered {@code rawNumber} (trimmed, any case) as {@code staff} may see it. Before it
   * returns, one audit row ({@link AuditEvent#CASE_LOOKUP}, actor the staff member's username,
   * agency their agency, subject {@code CASE} and the number, detail the owning agency) is written
   * in this transaction, together with the reads; a look-up that throws writes none.
   *
   * @param staff the signed-in staff member, not {@code null}
   * @throws NumberMissing (422, on field {@code number}) when {@code rawNumber} is blank
   * @throws NumberMalformed (422, on field {@code number}) when it is not a case number
   * @throws NotFound (404, on field {@code number}) when no case has this number or the case is
   *     outside the staff member's reach — the same exception with the same message either way
   */
  @Transactional
  public CaseLookup lookUp(StaffPrincipal staff, @Nullable String rawNumber) {
    if (rawNumber == null || rawNumber.isBlank()) {
      throw new NumberMissing();
    }
    CaseNumber number = CaseNumber.parse(rawNumber).orElseThrow(NumberMalformed::new);
    CaseViews.Lookup c =
        work.lookUp(number, agency -> mayLookUp(staff, agency)).orElseThrow(NotFound::new);
    CaseLookup lookup =
        new CaseLookup(
            timelines.of(c.publicCase()),
            organisation.agency(c.agency()).orElseThrow(NotFound::new),
            organisation.units(c.agency()).stream()
                .filter(u -> u.id() == c.unitId())
                .findFirst()
                .orElse(null),
            c,
            c.agency().equals(staff.agencyCode()));
    audit.record(
        new AuditEvent(
            staff.getUsername(),
            staff.agencyCode().value(),
            AuditEvent.CASE_LOOKUP,
            "CASE",
            number.value(),
            "owner=" + c.agency().value()));
    return lookup;
  }

  private boolean mayLookUp(StaffPrincipal staff, AgencyCode agency) {
    Set<AgencyCode> below =
        agency.equals(staff.agencyCode())
            ? Set.of()
            : organisation.descendantsOf(staff.agencyCode());
    return AccessPolicy.canLookUpCase(staff, agency, below);
  }

  /** No number was given. */
  public static class NumberMissing extends InvalidInputException {
    NumberMissing() {
      super("tracking.lookup.number-missing");
      onField("number");
    }
  }

  /** What was given cannot be a case number. */
  public static class NumberMalformed extends InvalidInputException {
    NumberMalformed() {
      super("tracking.lookup.number-malformed");
      onField("number");
    }
  }

  /** No case has this number, or not one the reader may look up; answered 404 alike. */
  public static class NotFound extends NotFoundException {
    NotFound() {
      super("tracking.lookup.not-found");
      onField("number");
    }
  }
}
