// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import tw.civicdesk.platform.security.AgencyMember;

/**
 * The signed-in staff member: who they are, which agency and unit they belong to and their roles.
 * The password hash is present only while signing in and erased afterwards; the {@linkplain
 * #credentialsStamp() credentials stamp} stays, so that every request can tell whether the account
 * was changed since (see {@link Organisation#isCurrent}).
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, AgencyMember {

  @Serial private static final long serialVersionUID = 1L;

  private final long id;
  private final String username;
  private final String displayName;
  private final AgencyCode agencyCode;
  private final @Nullable Long unitId;
  private final Set<Role> roles;
  private final boolean enabled;
  private final String credentialsStamp;
  private @Nullable String passwordHash;

  StaffPrincipal(StaffMember member, @Nullable String passwordHash, String credentialsStamp) {
    this.id = member.id();
    this.username = member.username();
    this.displayName = member.displayName();
    this.agencyCode = member.agencyCode();
    this.unitId = member.unitId();
    this.roles = member.roles().isEmpty() ? Set.of() : EnumSet.copyOf(member.roles());
    this.enabled = member.enabled();
    this.passwordHash = passwordHash;
    this.credentialsStamp = credentialsStamp;
  }

  /**
   * A digest of what the account could do when this principal was loaded — its password hash,
   * roles, unit and enabled flag. It changes whenever an administrator resets the password, changes
   * the roles or the unit, or disables the account; a session whose stamp no longer matches the
   * stored account is ended at its next request. Not a secret to show anyone.
   */
  public String credentialsStamp() {
    return credentialsStamp;
  }

  public long id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public AgencyCode agencyCode() {
    return agencyCode;
  }

  @Override
  public String memberAgencyCode() {
    return agencyCode.value();
  }

  public @Nullable Long unitId() {
    return unitId;
  }

  public Set<Role> roles() {
    return Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
  }

  @Override
  public @Nullable String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  /** Sorted role names, for display. */
  public List<Role> sortedRoles() {
    return roles.stream().sorted().toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StaffPrincipal p && p.username.equals(username);
  }

  @Override
  public int hashCode() {
    return username.hashCode();
  }

  @Override
  public String toString() {
    return "StaffPrincipal[" + username + "@" + agencyCode + "]";
  }
}
