// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;

/**
 * What an administrator sends to change an agency's petition rules ({@link
 * PetitionAdministration}), as typed: {@link PetitionAdministration} checks every value and reports
 * every problem at once.
 */
public final class RuleDrafts {

  private RuleDrafts() {}

  /** A kind's rules as stored, with whether it is open and its version for the next edit. */
  public record KindSettings(KindRule rule, boolean open, int version) {}

  /** A category as stored, with its version for the next edit. */
  public record CategorySettings(Category category, int version) {}

  /**
   * A kind's rules as an administrator sets them.
   *
   * @param limitAmount the time limit's amount, {@code null} when not given
   * @param limitUnit how it is counted, {@code null} when not chosen
   * @param defaultUnitId the unit that takes what no routing rule places, {@code null} when none
   */
  public record KindDraft(
      AgencyCode agency,
      CaseKind kind,
      boolean open,
      @Nullable Integer limitAmount,
      TimeLimit.@Nullable Unit limitUnit,
      boolean anonymousAllowed,
      boolean extensionAllowed,
      Set<KindRule.ReplyPart> replyRequires,
      @Nullable Long defaultUnitId) {

    public KindDraft {
      replyRequires = Set.copyOf(replyRequires);
    }
  }

  /**
   * A category as an administrator sets it; a new one also gives its code and kind, which stay.
   *
   * @param limitAmount its own time limit's amount, {@code null} to take the kind's
   * @param limitUnit its own time limit's unit, {@code null} to take the kind's
   * @param position where it stands in the list (0 first)
   */
  public record CategoryDraft(
      AgencyCode agency,
      @Nullable String code,
      @Nullable CaseKind kind,
      @Nullable String nameZh,
      @Nullable String nameEn,
      @Nullable Integer limitAmount,
      TimeLimit.@Nullable Unit limitUnit,
      int position,
      boolean active) {}
}
