// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.Drafts.StaffDraft;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffMember;

/** The staff account form; the password is asked only when the account is opened. */
public class StaffForm {

  @NotBlank(message = "{form.error.required}")
  @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,39}", message = "{organisation.error.username}")
  private String username = "";

  @NotBlank(message = "{form.error.required}")
  @Size(max = 60, message = "{form.error.too-long}")
  private String displayName = "";

  @Email(message = "{form.error.email}")
  @Size(max = 120, message = "{form.error.too-long}")
  private String email = "";

  private @Nullable Long unitId;

  private Set<Role> roles = EnumSet.noneOf(Role.class);

  private boolean enabled = true;

  private String password = "";

  private int version;

  static StaffForm of(StaffMember m) {
    StaffForm f = new StaffForm();
    f.username = m.username();
    f.displayName = m.displayName();
    f.email = m.email();
    f.unitId = m.unitId();
    f.roles = m.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(m.roles());
    f.enabled = m.enabled();
    f.version = m.version();
    return f;
  }

  StaffDraft toDraft() {
    return new StaffDraft(
        username.strip(), displayName.strip(), email.strip(), unitId, roles, enabled);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public @Nullable Long getUnitId() {
    return unitId;
  }

  public void setUnitId(@Nullable Long unitId) {
    this.unitId = unitId;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(@Nullable Set<Role> roles) {
    this.roles =
        roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
