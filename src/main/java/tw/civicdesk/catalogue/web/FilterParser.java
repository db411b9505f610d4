// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCategory;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.error.MalformedRequestException;

/** Turns the query parameters of lists (API and pages) into a {@link ServiceFilter}. */
@Component
class FilterParser {

  /**
   * @throws InvalidInputException ({@code catalogue.error.filter}) for a malformed value, so the
   *     caller learns of the typo instead of getting an unfiltered list
   * @throws MalformedRequestException (400) for a negative page or a size outside 1 to {@value
   *     ServiceFilter#MAX_PAGE_SIZE}: refused, never quietly clamped
   */
  ServiceFilter parse(
      @Nullable String agency,
      @Nullable Long unit,
      @Nullable String category,
      @Nullable String channel,
      int page,
      int size) {
    if (page < 0) {
      throw new MalformedRequestException("page", "input.paging.page");
    }
    if (size < 1 || size > ServiceFilter.MAX_PAGE_SIZE) {
      throw new MalformedRequestException("size", "input.paging.size", ServiceFilter.MAX_PAGE_SIZE);
    }
    return new ServiceFilter(
        blank(agency) ? null : agencyCode(agency),
        unit,
        blank(category) ? null : value(ServiceCategory.class, category, "category"),
        blank(channel) ? null : value(Channel.class, channel, "channel"),
        page,
        size);
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static AgencyCode agencyCode(String raw) {
    if (!AgencyCode.isValid(raw)) {
      throw new InvalidInputException("catalogue.error.filter", "agency");
    }
    return AgencyCode.of(raw);
  }

  private static <E extends Enum<E>> E value(Class<E> type, String raw, String name) {
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("catalogue.error.filter", name);
    }
  }
}
