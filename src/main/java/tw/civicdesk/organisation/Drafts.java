// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.i18n.BilingualText;

/** Commands that create or change organisation records; values already parsed and typed. */
public final class Drafts {

  private Drafts() {}

  /**
   * The editable fields of an agency.
   *
   * @param closurePolicy {@code null} to follow the application default
   */
  public record AgencyDraft(
      AgencyCode code,
      @Nullable AgencyCode parentCode,
      BilingualText name,
      AgencyType type,
      BilingualText address,
      String phone,
      BilingualText openingHours,
      @Nullable ClosurePolicy closurePolicy) {}

  /** The editable fields of a unit. */
  public record UnitDraft(String code, BilingualText name, UnitKind kind, UnitContact contact) {

    /** A unit without duties or contacts of its own. */
    public UnitDraft(String code, BilingualText name, UnitKind kind) {
      this(code, name, kind, UnitContact.NONE);
    }
  }

  /** The editable fields of a staff account (the agency is fixed at creation). */
  public record StaffDraft(
      String username,
      String displayName,
      String email,
      @Nullable Long unitId,
      Set<Role> roles,
      boolean enabled) {

    public StaffDraft {
      roles = Set.copyOf(roles);
    }
  }
}
