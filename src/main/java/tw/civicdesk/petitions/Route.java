// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.Objects;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A routing rule: cases of {@code category} at {@code where} go to {@code unitId}.
 *
 * @param where the place the rule covers; "" district means anywhere, "" village the whole district
 */
public record Route(AgencyCode agency, String category, Where where, long unitId) {

  public Route {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(where, "where");
  }

  /** A district (鄉鎮市區) and village (村里) of an agency's area; "" for any. */
  public record Where(String district, String village) {
    public Where {
      district = district == null ? "" : district.strip();
      village = village == null ? "" : village.strip();
      if (district.isEmpty() && !village.isEmpty()) {
        throw new IllegalArgumentException("A village belongs to a district");
      }
    }
  }
}
