// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.audit.AuditEvent;
import tw.civicdesk.audit.AuditLog;
import tw.civicdesk.organisation.Drafts.StaffDraft;

/**
 * Opens and changes staff accounts (員工帳號). The server decides, whatever a form offered:
 *
 * <ul>
 *   <li>an account is reached only by someone who may manage its agency and grant every role it
 *       holds ({@link AccessPolicy#canManageAccount}); any other account is {@link
 *       StaffNotFoundException} (404), as if it did not exist — so an agency administrator cannot
 *       touch the system administrator's account even in the same agency;
 *   <li>nobody grants a role outside {@link AccessPolicy#grantableRoles} ({@link
 *       OrganisationRuleViolated}, 422), and nobody raises their own roles (404);
 *   <li>nobody disables their own account or removes their own roles (422), so an administrator
 *       cannot lock themselves out.
 * </ul>
 *
 * <p>Every change — opened, edited, roles, enabled flag, password — writes one audit row ({@link
 * AuditEvent#STAFF_ACCOUNT_CHANGED}) in the same transaction, naming the fields that changed and
 * never their values. A refused change writes nothing and changes nothing. Changing the password,
 * the roles, the unit or the enabled flag also ends the account's open sessions at their next
 * request (see {@link StaffPrincipal#credentialsStamp()}).
 */
@Service
@Transactional
public class StaffAccounts {

  /** Shortest password accepted for a staff account. */
  public static final int MIN_PASSWORD_LENGTH = 10;

  private static final String SUBJECT = "STAFF";

  private final StaffMembers staff;
  private final Organisation organisation;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final Clock clock;

  StaffAccounts(
      StaffMembers staff,
      Organisation organisation,
      PasswordEncoder passwords,
      AuditLog audit,
      Clock clock) {
    this.staff = staff;
    this.organisation = organisation;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Opens a staff account in {@code agency}.
   *
   * @throws AgencyNotFoundException when the actor may not manage {@code agency} or it does not
   *     exist
   * @throws OrganisationRuleViolated for no roles, a role the actor may not grant, a unit of
   *     another agency or a weak password
   * @throws OrganisationConflict when the username is taken
   */
  public StaffMember create(
      StaffPrincipal actor, AgencyCode agency, StaffDraft draft, String rawPassword) {
    if (!AccessPolicy.canManage(actor, agency) || !organisation.exists(agency)) {
      throw new AgencyNotFoundException();
    }
    checkDraft(actor, agency, draft);
    checkPassword(rawPassword);
    if (staff.usernameTaken(draft.username())) {
      throw new OrganisationConflict(OrganisationConflict.USERNAME_TAKEN, "username");
    }
    StaffMember member =
        new StaffMember(
            0,
            draft.username(),
            draft.displayName(),
            draft.email(),
            agency,
            draft.unitId(),
            draft.roles(),
            draft.enabled(),
            0);
    long id = staff.insert(member, passwords.encode(rawPassword), now());
    record(
        actor,
        agency,
        id,
        "created;fields=username,displayName,email,unit,roles,enabled," + "password");
    return staff.find(id).orElseThrow();
  }

  /**
   * Changes an account's name, e-mail, unit, roles or enabled flag, seen at {@code version}, and
   * sets {@code newPassword} when it is not blank — all in one transaction.
   *
   * @throws StaffNotFoundException when the account is out of the actor's reach, or the actor tries
   *     to give themselves a role they do not hold
   * @throws OrganisationRuleViolated for a broken rule (see {@link #create}) or when the actor
   *     disables their own account or removes one of their own roles
   * @throws OrganisationConflict when someone else changed the account since {@code version}
   */
  public StaffMember update(
      StaffPrincipal actor, long id, StaffDraft draft, int version, @Nullable String newPassword) {
    StaffMember current = organisation.staffMemberFor(actor, id);
    if (current.id() == actor.id()) {
      checkOwnAccount(current, draft);
    }
    checkDraft(actor, current.agencyCode(), draft);
    boolean password = newPassword != null && !newPassword.isEmpty();
    if (password) {
      checkPassword(newPassword);
    }
    StaffMember changed =
        new StaffMember(
            id,
            current.username(),
            draft.displayName(),
            draft.email(),
            current.agencyCode(),
            draft.unitId(),
            draft.roles(),
            draft.enabled(),
            version);
    if (!staff.update(changed, now())) {
      throw new OrganisationConflict(OrganisationConflict.CONCURRENT, "");
    }
    if (password) {
      staff.updatePassword(id, passwords.encode(newPassword), now());
    }
    record(actor, current.agencyCode(), id, "fields=" + changedFields(current, draft, password));
    return staff.find(id).orElseThrow();
  }

  /**
   * Sets a new password for an account in the actor's reach.
   *
   * @throws StaffNotFoundException when the account is out of the actor's reach
   * @throws OrganisationRuleViolated when the password is too weak
   */
  public void resetPassword(StaffPrincipal actor, long id, String rawPassword) {
    StaffMember member = organisation.staffMemberFor(actor, id);
    checkPassword(rawPassword);
    staff.updatePassword(member.id(), passwords.encode(rawPassword), now());
    record(actor, member.agencyCode(), id, "fields=password");
  }

  /** Raising one's own roles is out of reach (404); lowering them or disabling oneself, 422. */
  private static void checkOwnAccount(StaffMember self, StaffDraft draft) {
    if (!self.roles().containsAll(draft.roles())) {
      throw new StaffNotFoundException();
    }
    if (!draft.enabled() || !draft.roles().equals(self.roles())) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.OWN_ACCOUNT, "roles");
    }
  }

  private void checkDraft(StaffPrincipal actor, AgencyCode agency, StaffDraft draft) {
    if (draft.roles().isEmpty()) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.ROLES_REQUIRED, "roles");
    }
    if (!AccessPolicy.grantableRoles(actor).containsAll(draft.roles())) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.ROLE_NOT_GRANTABLE, "roles");
    }
    Long unitId = draft.unitId();
    if (unitId != null && organisation.units(agency).stream().noneMatch(u -> u.id() == unitId)) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.UNIT_OF_OTHER_AGENCY, "unitId");
    }
  }

  private static void checkPassword(@Nullable String raw) {
    if (raw == null || raw.length() < MIN_PASSWORD_LENGTH || raw.isBlank()) {
      throw new OrganisationRuleViolated(OrganisationRuleViolated.PASSWORD_WEAK, "password");
    }
  }

  /** The names of the fields {@code draft} changes, comma separated; {@code -} for none. */
  static String changedFields(StaffMember before, StaffDraft draft, boolean password) {
    List<String> fields = new ArrayList<>();
    if (!before.displayName().equals(draft.displayName())) {
      fields.add("displayName");
    }
    if (!before.email().equals(draft.email())) {
      fields.add("email");
    }
    if (!Objects.equals(before.unitId(), draft.unitId())) {
      fields.add("unit");
    }
    if (!before.roles().equals(draft.roles())) {
      fields.add("roles");
    }
    if (before.enabled() != draft.enabled()) {
      fields.add("enabled");
    }
    if (password) {
      fields.add("password");
    }
    return fields.isEmpty() ? "-" : String.join(",", fields);
  }

  private void record(StaffPrincipal actor, AgencyCode agency, long id, String detail) {
    audit.record(
        new AuditEvent(
            actor.getUsername(),
            agency.value(),
            AuditEvent.STAFF_ACCOUNT_CHANGED,
            SUBJECT,
            Long.toString(id),
            detail));
  }

  private Instant now() {
    return clock.instant();
  }
}
