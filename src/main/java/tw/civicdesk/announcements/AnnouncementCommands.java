// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** What staff send to {@link Announcements}. */
public final class AnnouncementCommands {

  private AnnouncementCommands() {}

  /**
   * An announcement as written.
   *
   * @param category a {@link AnnouncementCategory} name, or blank
   * @param unitId the author unit, one of the agency's, or {@code null}
   * @param titleZh required, at most {@value AnnouncementCheck#MAX_TITLE} characters
   * @param titleEn optional; without it the English page shows the Chinese text and says so
   * @param bodyZh required plain text, at most {@value AnnouncementCheck#MAX_BODY} characters
   * @param bodyEn optional plain text (only with an English title)
   * @param publishAt when it is published, in Taipei time; {@code null} keeps it a draft
   * @param expireAt when it expires, in Taipei time, after {@code publishAt}; {@code null} for
   *     never
   * @param pinned whether it is listed first
   */
  public record Save(
      String category,
      @Nullable Long unitId,
      String titleZh,
      String titleEn,
      String bodyZh,
      String bodyEn,
      @Nullable LocalDateTime publishAt,
      @Nullable LocalDateTime expireAt,
      boolean pinned) {}

  /** A file as uploaded: the name the client sent (possibly none) and the content. */
  public record Upload(@Nullable String fileName, byte[] content) {}
}
