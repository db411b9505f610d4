// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.Drafts.AgencyDraft;
import tw.civicdesk.organisation.Drafts.UnitDraft;

/**
 * Changes to agencies and units made by administrators (staff accounts: {@link StaffAccounts}).
 * Each method checks {@link AccessPolicy} first (records outside the actor's scope are "not
 * found"), then the rules, and changes nothing when any check fails. Concurrent edits are caught by
 * the version number.
 */
@Service
@Transactional
public class OrganisationAdministration {

  private final Agencies agencies;
  private final Units units;
  private final Organisation organisation;
  private final Clock clock;

  OrganisationAdministration(
      Agencies agencies, Units units, Organisation organisation, Clock clock) {
    this.agencies = agencies;
    this.units = units;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** Creates an agency; system administrators only. */
  public Agency createAgency(StaffPrincipal actor, AgencyDraft draft) {
    if (!AccessPolicy.isSystemAdmin(actor)) {
      throw new AgencyNotFoundException();
    }
    if (agencies.exists(draft.code())) {
      throw new OrganisationConflict(OrganisationConflict.AGENCY_CODE_TAKEN, "code");
    }
    checkParent(draft);
    Agency agency = toAgency(draft, 0);
    agencies.insert(agency, now());
    return agencies.find(draft.code()).orElseThrow();
  }

  /**
   * Changes an agency's profile and its closure policy. Agency administrators may change their own
   * agency but not its place in the hierarchy; system administrators may also move it. A new
   * closure policy applies to cases filed from now on; filed cases keep theirs.
   */
  public Agency updateAgency(StaffPrincipal actor, AgencyDraft draft, int version) {
    Agency current =
        agencies
            .find(draft.code())
            .filter(a -> AccessPolicy.canManage(actor, a.code()))
            .orElseThrow(AgencyNotFoundException::new);
    AgencyDraft effective =
        AccessPolicy.isSystemAdmin(actor)
            ? draft
            : new AgencyDraft(
                draft.code(),
                current.parentCode(),
                draft.name(),
                current.type(),
                draft.address(),
                draft.phone(),
                draft.openingHours(),
                draft.closurePolicy());
    checkParent(effective);
    if (!agencies.update(toAgency(effective, version), now())) {
      throw new OrganisationConflict(OrganisationConflict.CONCURRENT, "");
    }
    return agencies.find(draft.code()).orElseThrow();
  }

  /** Adds a unit to an agency the actor manages. */
  public Unit createUnit(StaffPrincipal actor, AgencyCode agency, UnitDraft draft) {
    if (!AccessPolicy.canManage(actor, agency) || !agencies.exists(agency)) {
      throw new AgencyNotFoundException();
    }
    if (units.codeTaken(agency, draft.code(), -1)) {
      throw new OrganisationConflict(OrganisationConflict.UNIT_CODE_TAKEN, "code");
    }
    long id = units.insert(agency, draft.code(), draft.name(), draft.kind(), now());
    return units.find(id).orElseThrow();
  }

  /** Changes a unit of an agency the actor manages. */
  public Unit updateUnit(StaffPrincipal actor, long id, UnitDraft draft, int version) {
    Unit unit =
        units
            .find(id)
            .filter(u -> AccessPolicy.canManage(actor, u.agencyCode()))
            .orElseThrow(UnitNotFoundException::new);
    if (units.codeTaken(unit.agencyCode(), draft.code(), id)) {
      throw new OrganisationConflict(OrganisationConflict.UNIT_CODE_TAKEN, "code");
    }
    if (!units.update(id, draft.code(), draft.name(), draft.kind(), version)) {
      throw new OrganisationConflict(OrganisationConflict.CONCURRENT, "");
    }
    return units.find(id).orElseThrow();
  }

  private void checkParent(AgencyDraft draft) {
    AgencyCode parent = draft.parentCode();
    if (parent == null) {
      return;
    }
    if (!agencies.exists(parent)) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.PARENT_UNKNOWN, "parentCode");
    }
    if (parent.equals(draft.code()) || organisation.descendantsOf(draft.code()).contains(parent)) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.PARENT_CYCLE, "parentCode");
    }
  }

  private static Agency toAgency(AgencyDraft d, int version) {
    return new Agency(
        d.code(),
        d.parentCode(),
        d.name(),
        d.type(),
        d.address(),
        d.phone(),
        d.openingHours(),
        d.closurePolicy(),
        version);
  }

  private Instant now() {
    return clock.instant();
  }
}
