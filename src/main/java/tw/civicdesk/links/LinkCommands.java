// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What staff send to change a link list. */
public final class LinkCommands {

  /** The longest title. */
  public static final int MAX_TITLE = 200;

  /** The longest description. */
  public static final int MAX_DESCRIPTION = 1000;

  private LinkCommands() {}

  /**
   * A link as written in the form; checked by {@link Links} (field names as here).
   *
   * @param ownerUsername a staff member of the owning unit's agency, or blank for the unit alone
   */
  public record Save(
      @Nullable LinkKind kind,
      @Nullable String titleZh,
      @Nullable String titleEn,
      @Nullable String url,
      @Nullable String descriptionZh,
      @Nullable String descriptionEn,
      int position,
      @Nullable Long ownerUnitId,
      @Nullable String ownerUsername,
      @Nullable LocalDate reviewOn) {}
}
