// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import tw.civicdesk.announcements.Announcement;
import tw.civicdesk.announcements.AnnouncementCommands;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The announcement form: the fields of {@link AnnouncementCommands.Save}, times as {@code
 * datetime-local} texts in Taipei time ({@code 2026-12-08T09:00}); the files arrive as the
 * multipart parts {@code files}.
 */
public class AnnouncementForm {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private String category = "";
  private String unitId = "";
  private String titleZh = "";
  private String titleEn = "";
  private String bodyZh = "";
  private String bodyEn = "";
  private String publishAt = "";
  private String expireAt = "";
  private boolean pinned;
  private int version;

  /** Only the field the files' errors are told on; the files are parts of their own. */
  private String files = "";

  /** The form filled from a stored announcement. */
  static AnnouncementForm of(Announcement a) {
    AnnouncementForm f = new AnnouncementForm();
    f.category = a.category().name();
    f.unitId = Long.toString(a.unitId());
    f.titleZh = a.title().zh();
    f.titleEn = a.title().en();
    f.bodyZh = a.body().zh();
    f.bodyEn = a.body().en();
    f.publishAt = a.publishedLocal() == null ? "" : LOCAL.format(a.publishedLocal());
    f.expireAt = a.expiresLocal() == null ? "" : LOCAL.format(a.expiresLocal());
    f.pinned = a.pinned();
    f.version = a.version();
    return f;
  }

  /** The command; a time or unit that does not parse is recorded on its field. */
  AnnouncementCommands.Save toCommand(BindingResult result) {
    LocalDateTime publish =
        FormSupport.parse(
            "publishAt", publishAt, LocalDateTime::parse, "announcements.time.format", result);
    LocalDateTime expire =
        FormSupport.parse(
            "expireAt", expireAt, LocalDateTime::parse, "announcements.time.format", result);
    Long unit =
        FormSupport.parse("unitId", unitId, Long::valueOf, "announcements.unit.choose", result);
    return new AnnouncementCommands.Save(
        category, unit, titleZh, titleEn, bodyZh, bodyEn, publish, expire, pinned);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(@Nullable String category) {
    this.category = category == null ? "" : category;
  }

  public String getUnitId() {
    return unitId;
  }

  public void setUnitId(@Nullable String unitId) {
    this.unitId = unitId == null ? "" : unitId;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(@Nullable String titleZh) {
    this.titleZh = titleZh == null ? "" : titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(@Nullable String titleEn) {
    this.titleEn = titleEn == null ? "" : titleEn;
  }

  public String getBodyZh() {
    return bodyZh;
  }

  public void setBodyZh(@Nullable String bodyZh) {
    this.bodyZh = bodyZh == null ? "" : bodyZh;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(@Nullable String bodyEn) {
    this.bodyEn = bodyEn == null ? "" : bodyEn;
  }

  public String getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(@Nullable String publishAt) {
    this.publishAt = publishAt == null ? "" : publishAt;
  }

  public String getExpireAt() {
    return expireAt;
  }

  public void setExpireAt(@Nullable String expireAt) {
    this.expireAt = expireAt == null ? "" : expireAt;
  }

  public boolean isPinned() {
    return pinned;
  }

  public void setPinned(boolean pinned) {
    this.pinned = pinned;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }

  public String getFiles() {
    return files;
  }
}
