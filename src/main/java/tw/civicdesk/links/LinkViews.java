// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/** What the link lists show. */
public final class LinkViews {

  private LinkViews() {}

  /**
   * One link of an agency's list.
   *
   * @param ownerUnitId the owning unit (its heads hear of a broken link)
   * @param ownerUsername the owning staff member, when one is named (they hear of it instead)
   * @param version the version the next change must name (409 else)
   */
  public record Link(
      long id,
      AgencyCode agency,
      LinkKind kind,
      BilingualText title,
      String url,
      @Nullable BilingualText description,
      int position,
      long ownerUnitId,
      @Nullable String ownerUsername,
      LocalDate reviewOn,
      int version,
      Check check) {}

  /**
   * What the link check last found.
   *
   * @param checkedAt when, or {@code null} before the first check
   * @param status the last status code answered, if any
   * @param finalUrl the address the redirects ended at
   * @param redirects each address redirected to, in order
   * @param problem why the last check failed (a {@code LinkProbe.Problem} name), or {@code null}
   * @param failures failed checks in a row
   * @param brokenSince the day the link was marked broken, or {@code null} while it is not
   */
  public record Check(
      @Nullable Instant checkedAt,
      @Nullable Integer status,
      @Nullable String finalUrl,
      List<String> redirects,
      @Nullable String problem,
      int failures,
      @Nullable LocalDate brokenSince) {
    public Check {
      redirects = List.copyOf(redirects);
    }

    /** Whether the link is marked broken. */
    public boolean broken() {
      return brokenSince != null;
    }
  }
}
