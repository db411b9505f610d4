// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.TestOrganisation;

/** Announcements made through the real door, as the agency's quality officer. */
public final class AnnouncementFixtures {

  private AnnouncementFixtures() {}

  /** An announcement as written, in Taipei time relative to now. */
  public static AnnouncementCommands.Save save(
      TestOrganisation.Setup agency,
      AnnouncementCategory category,
      String titleZh,
      @Nullable LocalDateTime publishAt,
      @Nullable LocalDateTime expireAt,
      boolean pinned) {
    return new AnnouncementCommands.Save(
        category.name(),
        agency.unit().id(),
        titleZh,
        "",
        titleZh + "的內容。\n\n第二段說明。",
        "",
        publishAt,
        expireAt,
        pinned);
  }

  /** Now in Taipei, to the minute. */
  public static LocalDateTime now() {
    return LocalDateTime.now(Announcement.TAIPEI).withSecond(0).withNano(0);
  }

  /** An announcement of {@code agency} published an hour ago. */
  public static Announcement published(
      ApplicationContext context,
      TestOrganisation.Setup agency,
      AnnouncementCategory category,
      String titleZh) {
    return create(
        context, agency, save(agency, category, titleZh, now().minusHours(1), null, false));
  }

  /** A draft of {@code agency}. */
  public static Announcement draft(
      ApplicationContext context, TestOrganisation.Setup agency, String titleZh) {
    return create(
        context, agency, save(agency, AnnouncementCategory.NEWS, titleZh, null, null, false));
  }

  /** Stores {@code s} as the quality officer of {@code agency}. */
  public static Announcement create(
      ApplicationContext context, TestOrganisation.Setup agency, AnnouncementCommands.Save s) {
    return context
        .getBean(Announcements.class)
        .create(agency.as(Role.QUALITY_OFFICER), agency.code(), s, List.of());
  }
}
