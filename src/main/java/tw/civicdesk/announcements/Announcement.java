// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * One announcement as stored.
 *
 * @param id its number, the stable part of its addresses and of its feed entry id
 * @param agency the agency publishing it
 * @param category its category
 * @param unitId the author unit, one of the agency's units
 * @param title the title; Chinese always, English possibly empty
 * @param body the body as plain text (paragraphs between blank lines); English possibly empty
 * @param publishAt when it becomes public; {@code null} for a draft
 * @param expireAt when it stops being public; {@code null} for never
 * @param pinned whether it is listed before the others (置頂)
 * @param withdrawnAt when staff withdrew it, {@code null} if they did not
 * @param version the optimistic-lock version a write must name
 * @param updatedAt the last change, the feed entry's {@code updated}
 * @param attachments its files, oldest first
 */
public record Announcement(
    long id,
    AgencyCode agency,
    AnnouncementCategory category,
    long unitId,
    BilingualText title,
    BilingualText body,
    @Nullable Instant publishAt,
    @Nullable Instant expireAt,
    boolean pinned,
    @Nullable Instant withdrawnAt,
    int version,
    Instant updatedAt,
    List<Attachment> attachments) {

  /** Taiwan's zone, in which times are entered and shown. */
  public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  /**
   * A file of an announcement.
   *
   * @param id its number within the announcement's addresses
   * @param fileName the sanitised name offered for download
   * @param contentType the type detected from the content
   * @param size its size in bytes
   */
  public record Attachment(long id, String fileName, String contentType, long size) {

    /** The short name of the file's type, e.g. {@code PDF} or {@code ODT}, for the link text. */
    public String kind() {
      return switch (contentType) {
        case "application/pdf" -> "PDF";
        case "application/vnd.oasis.opendocument.text" -> "ODT";
        case "application/vnd.oasis.opendocument.spreadsheet" -> "ODS";
        case "image/png" -> "PNG";
        case "image/jpeg" -> "JPEG";
        default -> contentType;
      };
    }

    /** The size in kB, at least 1, for the link text. */
    public long kilobytes() {
      return Math.max(1, (size + 1023) / 1024);
    }
  }

  /** The status at {@code now}. */
  public AnnouncementStatus status(Instant now) {
    if (withdrawnAt != null) {
      return AnnouncementStatus.WITHDRAWN;
    }
    if (publishAt == null) {
      return AnnouncementStatus.DRAFT;
    }
    if (publishAt.isAfter(now)) {
      return AnnouncementStatus.SCHEDULED;
    }
    if (expireAt != null && !expireAt.isAfter(now)) {
      return AnnouncementStatus.EXPIRED;
    }
    return AnnouncementStatus.PUBLISHED;
  }

  /** Whether the public may read it at {@code now}. */
  public boolean isPublic(Instant now) {
    return status(now) == AnnouncementStatus.PUBLISHED;
  }

  /** Whether it has an English title (else the English page says only Chinese exists). */
  public boolean hasEnglish() {
    return !title.en().isBlank();
  }

  /** Whether the page in {@code locale} falls back to the Chinese text. */
  public boolean chineseOnlyIn(Locale locale) {
    return "en".equals(locale.getLanguage()) && !hasEnglish();
  }

  /** The title in {@code locale}, the Chinese one when there is no English. */
  public String titleIn(Locale locale) {
    return chineseOnlyIn(locale) ? title.zh() : title.in(locale);
  }

  /** The body's paragraphs in {@code locale} (the Chinese ones when there is no English text). */
  public List<String> paragraphs(Locale locale) {
    boolean english = "en".equals(locale.getLanguage()) && !body.en().isBlank() && hasEnglish();
    String text = english ? body.en() : body.zh();
    return Arrays.stream(text.strip().split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /** The publish time in Taipei, for pages; {@code null} for a draft. */
  public @Nullable LocalDateTime publishedLocal() {
    return publishAt == null ? null : LocalDateTime.ofInstant(publishAt, TAIPEI);
  }

  /** The expiry in Taipei, for pages; {@code null} when there is none. */
  public @Nullable LocalDateTime expiresLocal() {
    return expireAt == null ? null : LocalDateTime.ofInstant(expireAt, TAIPEI);
  }
}
