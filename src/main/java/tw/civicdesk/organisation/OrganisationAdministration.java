// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.Drafts.AgencyDraft;
import tw.civicdesk.organisation.Drafts.StaffDraft;
import tw.civicdesk.organisation.Drafts.UnitDraft;

/**
 * Changes to agencies, units and staff made by administrators. Each method checks {@link
 * AccessPolicy} first (records outside the actor's scope are "not found"), then the rules, and
 * changes nothing when any check fails. Concurrent edits are caught by the version number.
 */
@Service
@Transactional
public class OrganisationAdministration {

  /** Shortest password accepted for a staff account. */
  public static final int MIN_PASSWORD_LENGTH = 10;

  private final Agencies agencies;
  private final Units units;
  private final StaffMembers staff;
  private final Organisation organisation;
  private final PasswordEncoder passwords;
  private final Clock clock;

  OrganisationAdministration(Agencies agencies, Units units, StaffMembers staff,
      Organisation organisation, PasswordEncoder passwords, Clock clock) {
    this.agencies = agencies;
    this.units = units;
    this.staff = staff;
    this.organisation = organisation;
    this.passwords = passwords;
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
   * Changes an agency's profile and its closure policy. Agency administrators may change their
   * own agency but not its place in the hierarchy; system administrators may also move it. A new
   * closure policy applies to cases filed from now on; filed cases keep theirs.
   */
  public Agency updateAgency(StaffPrincipal actor, AgencyDraft draft, int version) {
    Agency current = agencies.find(draft.code())
        .filter(a -> AccessPolicy.canManage(actor, a.code())).orElseThrow(AgencyNotFoundException::new);
    AgencyDraft effective = AccessPolicy.isSystemAdmin(actor) ? draft
        : new AgencyDraft(draft.code(), current.parentCode(), draft.name(), current.type(),
            draft.address(), draft.phone(), draft.openingHours(), draft.closurePolicy());
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
    Unit unit = units.find(id).filter(u -> AccessPolicy.canManage(actor, u.agencyCode()))
        .orElseThrow(UnitNotFoundException::new);
    if (units.codeTaken(unit.agencyCode(), draft.code(), id)) {
      throw new OrganisationConflict(OrganisationConflict.UNIT_CODE_TAKEN, "code");
    }
    if (!units.update(id, draft.code(), draft.name(), draft.kind(), version)) {
      throw new OrganisationConflict(OrganisationConflict.CONCURRENT, "");
    }
    return units.find(id).orElseThrow();
  }

  /** Opens a staff account in an agency the actor manages. */
  public StaffMember createStaff(StaffPrincipal actor, AgencyCode agency, StaffDraft draft,
      String rawPassword) {
    if (!AccessPolicy.canManage(actor, agency) || !agencies.exists(agency)) {
      throw new AgencyNotFoundException();
    }
    checkStaff(actor, agency, draft);
    checkPassword(rawPassword);
    if (staff.usernameTaken(draft.username())) {
      throw new OrganisationConflict(OrganisationConflict.USERNAME_TAKEN, "username");
    }
    StaffMember member = new StaffMember(0, draft.username(), draft.displayName(), draft.email(),
        agency, draft.unitId(), draft.roles(), draft.enabled(), 0);
    long id = staff.insert(member, passwords.encode(rawPassword), now());
    return staff.find(id).orElseThrow();
  }

  /** Changes a staff account's name, e-mail, unit, roles or enabled flag. */
  public StaffMember updateStaff(StaffPrincipal actor, long id, StaffDraft draft, int version) {
    StaffMember current = organisation.staffMemberFor(actor, id);
    checkStaff(actor, current.agencyCode(), draft);
    if (current.id() == actor.id() && (!draft.enabled() || !draft.roles().equals(current.roles()))) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.OWN_ACCOUNT, "roles");
    }
    StaffMember changed = new StaffMember(id, current.username(), draft.displayName(),
        draft.email(), current.agencyCode(), draft.unitId(), draft.roles(), draft.enabled(),
        version);
    if (!staff.update(changed, now())) {
      throw new OrganisationConflict(OrganisationConflict.CONCURRENT, "");
    }
    return staff.find(id).orElseThrow();
  }

  /** Sets a new password for a staff account the actor manages. */
  public void resetPassword(StaffPrincipal actor, long id, String rawPassword) {
    StaffMember member = organisation.staffMemberFor(actor, id);
    checkPassword(rawPassword);
    staff.updatePassword(member.id(), passwords.encode(rawPassword), now());
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

  private void checkStaff(StaffPrincipal actor, AgencyCode agency, StaffDraft draft) {
    if (draft.roles().isEmpty()) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.ROLES_REQUIRED, "roles");
    }
    if (draft.roles().contains(Role.SYSTEM_ADMIN) && !AccessPolicy.isSystemAdmin(actor)) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.ROLE_NOT_GRANTABLE, "roles");
    }
    Long unitId = draft.unitId();
    if (unitId != null
        && units.find(unitId).filter(u -> u.agencyCode().equals(agency)).isEmpty()) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.UNIT_OF_OTHER_AGENCY, "unitId");
    }
  }

  private static void checkPassword(String raw) {
    if (raw == null || raw.length() < MIN_PASSWORD_LENGTH || raw.isBlank()) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.PASSWORD_WEAK, "password");
    }
  }

  private static Agency toAgency(AgencyDraft d, int version) {
    return new Agency(d.code(), d.parentCode(), d.name(), d.type(), d.address(), d.phone(),
        d.openingHours(), d.closurePolicy(), version);
  }

  private Instant now() {
    return clock.instant();
  }
}
