// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.util.Locale;
import java.util.Optional;

/** The category of an announcement; its {@link #slug()} names it in addresses and feeds. */
public enum AnnouncementCategory {
  /** 最新消息: the agency's news. */
  NEWS,
  /** 防災資訊: disaster information, shown first while current. */
  DISASTER,
  /** 徵才: recruitment. */
  RECRUITMENT,
  /** 政令宣導: policy information. */
  POLICY;

  /** The lower-case name used in {@code ?category=} and feed categories, e.g. {@code news}. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The category whose {@link #slug()} or name is {@code raw}; empty for anything else. */
  public static Optional<AnnouncementCategory> parse(String raw) {
    for (AnnouncementCategory c : values()) {
      if (c.slug().equals(raw) || c.name().equals(raw)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
