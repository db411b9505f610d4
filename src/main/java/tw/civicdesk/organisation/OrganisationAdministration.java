// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.Drafts.AgencyDraft;
import tw.civicdesk.organisation.Drafts.UnitDraft;

/**
 * Changes to agencies and units made by administrators (staff accounts: {@link StaffAccounts}).
 * Each method checks {@link AccessPolicy} first (records outside the actor's scope are "not
 * found"), then the rules, and changes nothing when any check fails. Concurrent edits are caught by
 * the version number. Every change writes one {@link AuditEvent#ORGANISATION_CHANGED} row in the
 * same transaction, naming the fields that changed, never their values.
 */
@Service
@Transactional
public class OrganisationAdministration {

  private final Agencies agencies;
  private final Units units;
  private final Organisation organisation;
  private final AgencyProfiles profiles;
  private final AuditLog audit;
  private final Clock clock;

  OrganisationAdministration(
      Agencies agencies,
      Units units,
      Organisation organisation,
      AgencyProfiles profiles,
      AuditLog audit,
      Clock clock) {
    this.agencies = agencies;
    this.units = units;
    this.organisation = organisation;
    this.profiles = profiles;
    this.audit = audit;
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
    record(actor, draft.code(), "AGENCY", draft.code().value(), "created");
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
    Agency changed = toAgency(effective, version);
    if (!agencies.update(changed, now())) {
      throw new OrganisationConflict(OrganisationConflict.CONCURRENT, "");
    }
    record(actor, current.code(), "AGENCY", current.code().value(), agencyFields(current, changed));
    return agencies.find(draft.code()).orElseThrow();
  }

  /**
   * Changes the texts of an agency's site section (profile, duties, e-mail, personal-data page),
   * for those who may manage the agency. The e-mail addresses and the phone must have their shapes
   * and the texts their lengths ({@link ContactRules}); nothing changes when one does not.
   *
   * @param profile the new texts, carrying the version read (0 when none was saved yet)
   */
  public AgencyProfile updateProfile(StaffPrincipal actor, AgencyProfile profile) {
    AgencyCode code = profile.code();
    if (!AccessPolicy.canManage(actor, code) || !agencies.exists(code)) {
      throw new AgencyNotFoundException();
    }
    ContactRules.check(profile);
    AgencyProfile before = organisation.profile(code);
    if (!profiles.save(profile, now())) {
      throw new OrganisationConflict(OrganisationConflict.CONCURRENT, "");
    }
    record(actor, code, "AGENCY_PROFILE", code.value(), profileFields(before, profile));
    return organisation.profile(code);
  }

  /** Adds a unit to an agency the actor manages. */
  public Unit createUnit(StaffPrincipal actor, AgencyCode agency, UnitDraft draft) {
    if (!AccessPolicy.canManage(actor, agency) || !agencies.exists(agency)) {
      throw new AgencyNotFoundException();
    }
    if (units.codeTaken(agency, draft.code(), -1)) {
      throw new OrganisationConflict(OrganisationConflict.UNIT_CODE_TAKEN, "code");
    }
    ContactRules.check(draft.contact());
    long id = units.insert(agency, draft.code(), draft.name(), draft.kind(), now());
    units.updateContact(id, draft.contact());
    record(actor, agency, "UNIT", Long.toString(id), "created");
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
    ContactRules.check(draft.contact());
    if (!units.update(id, draft.code(), draft.name(), draft.kind(), version)) {
      throw new OrganisationConflict(OrganisationConflict.CONCURRENT, "");
    }
    units.updateContact(id, draft.contact());
    record(actor, unit.agencyCode(), "UNIT", Long.toString(id), unitFields(unit, draft));
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

  private static String agencyFields(Agency a, Agency b) {
    List<String> f = new ArrayList<>();
    changed(f, "parent", a.parentCode(), b.parentCode());
    changed(f, "name", a.name(), b.name());
    changed(f, "type", a.type(), b.type());
    changed(f, "address", a.address(), b.address());
    changed(f, "phone", a.phone(), b.phone());
    changed(f, "hours", a.openingHours(), b.openingHours());
    changed(f, "closure-policy", a.closurePolicy(), b.closurePolicy());
    return fields(f);
  }

  private static String unitFields(Unit u, UnitDraft d) {
    List<String> f = new ArrayList<>();
    changed(f, "code", u.code(), d.code());
    changed(f, "name", u.name(), d.name());
    changed(f, "kind", u.kind(), d.kind());
    changed(f, "duties", u.contact().duties(), d.contact().duties());
    changed(f, "phone", u.contact().phone(), d.contact().phone());
    changed(f, "email", u.contact().email(), d.contact().email());
    changed(f, "hours", u.contact().hours(), d.contact().hours());
    return fields(f);
  }

  private static String profileFields(AgencyProfile a, AgencyProfile b) {
    List<String> f = new ArrayList<>();
    changed(f, "profile", a.profile(), b.profile());
    changed(f, "duties", a.duties(), b.duties());
    changed(f, "email", a.email(), b.email());
    changed(f, "privacy", a.privacy(), b.privacy());
    changed(f, "privacy-contact", a.privacyContact(), b.privacyContact());
    changed(f, "privacy-email", a.privacyEmail(), b.privacyEmail());
    changed(f, "privacy-phone", a.privacyPhone(), b.privacyPhone());
    return fields(f);
  }

  private static void changed(
      List<String> fields, String name, @Nullable Object a, @Nullable Object b) {
    if (!Objects.equals(a, b)) {
      fields.add(name);
    }
  }

  private static String fields(List<String> f) {
    return "fields=" + (f.isEmpty() ? "-" : String.join(",", f));
  }

  private void record(StaffPrincipal actor, AgencyCode agency, String type, String id, String d) {
    audit.record(
        new AuditEvent(
            actor.getUsername(), agency.value(), AuditEvent.ORGANISATION_CHANGED, type, id, d));
  }

  private Instant now() {
    return clock.instant();
  }
}
