// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Checks an announcement as written, every field at once: category known, author unit one of the
 * agency's, Chinese title and body present, texts within their lengths, an English body only with
 * an English title, the expiry after the publish time. Pure.
 */
final class AnnouncementCheck {

  /** The longest title, in characters. */
  static final int MAX_TITLE = 200;

  /** The longest body, in characters. */
  static final int MAX_BODY = 20_000;

  /** What a checked announcement holds. */
  record Content(
      AnnouncementCategory category,
      long unitId,
      BilingualText title,
      BilingualText body,
      @Nullable Instant publishAt,
      @Nullable Instant expireAt,
      boolean pinned) {}

  private AnnouncementCheck() {}

  /**
   * The content of {@code s}.
   *
   * @param units the ids of the agency's units
   * @throws InvalidFields naming every problem
   */
  static Content check(AnnouncementCommands.Save s, Set<Long> units) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<AnnouncementCategory> category = AnnouncementCategory.parse(s.category());
    if (category.isEmpty()) {
      problems.add(problem("category", "announcements.category.choose"));
    }
    if (s.unitId() == null || !units.contains(s.unitId())) {
      problems.add(problem("unitId", "announcements.unit.choose"));
    }
    text(problems, "titleZh", s.titleZh(), MAX_TITLE, true);
    text(problems, "titleEn", s.titleEn(), MAX_TITLE, false);
    text(problems, "bodyZh", s.bodyZh(), MAX_BODY, true);
    text(problems, "bodyEn", s.bodyEn(), MAX_BODY, false);
    if (!s.bodyEn().isBlank() && s.titleEn().isBlank()) {
      problems.add(problem("titleEn", "announcements.title-en.needed"));
    }
    Instant publish =
        s.publishAt() == null ? null : s.publishAt().atZone(Announcement.TAIPEI).toInstant();
    Instant expire =
        s.expireAt() == null ? null : s.expireAt().atZone(Announcement.TAIPEI).toInstant();
    if (expire != null && publish == null) {
      problems.add(problem("expireAt", "announcements.expire.without-publish"));
    } else if (expire != null && !expire.isAfter(publish)) {
      problems.add(problem("expireAt", "announcements.expire.before-publish"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    return new Content(
        category.orElseThrow(),
        s.unitId(),
        new BilingualText(s.titleZh().strip(), s.titleEn().strip()),
        new BilingualText(s.bodyZh().strip(), s.bodyEn().strip()),
        publish,
        expire,
        s.pinned());
  }

  private static void text(
      List<FieldProblem> problems, String field, String value, int max, boolean required) {
    if (required && value.isBlank()) {
      problems.add(problem(field, "announcements." + field + ".required"));
    } else if (value.strip().codePointCount(0, value.strip().length()) > max) {
      problems.add(new FieldProblem(field, "announcements.too-long", List.of(max)));
    }
  }

  private static FieldProblem problem(String field, String key) {
    return new FieldProblem(field, key, List.of());
  }
}
