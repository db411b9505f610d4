// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import tw.civicdesk.links.LinkCommands;
import tw.civicdesk.links.LinkKind;
import tw.civicdesk.links.LinkViews.Link;

/** The form of a link: what {@link LinkCommands.Save} takes, plus the version read. */
public class LinkForm {

  private @Nullable LinkKind kind = LinkKind.RELATED_SITES;
  private String titleZh = "";
  private String titleEn = "";
  private String url = "https://";
  private String descriptionZh = "";
  private String descriptionEn = "";
  private int position = 10;
  private @Nullable Long ownerUnitId;
  private String ownerUsername = "";

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate reviewOn;

  private int version;

  static LinkForm of(Link l) {
    LinkForm f = new LinkForm();
    f.kind = l.kind();
    f.titleZh = l.title().zh();
    f.titleEn = l.title().en();
    f.url = l.url();
    f.descriptionZh = l.description() == null ? "" : l.description().zh();
    f.descriptionEn = l.description() == null ? "" : l.description().en();
    f.position = l.position();
    f.ownerUnitId = l.ownerUnitId();
    f.ownerUsername = l.ownerUsername() == null ? "" : l.ownerUsername();
    f.reviewOn = l.reviewOn();
    f.version = l.version();
    return f;
  }

  LinkCommands.Save toCommand() {
    return new LinkCommands.Save(
        kind,
        titleZh,
        titleEn,
        url,
        descriptionZh,
        descriptionEn,
        position,
        ownerUnitId,
        ownerUsername,
        reviewOn);
  }

  public @Nullable LinkKind getKind() {
    return kind;
  }

  public void setKind(@Nullable LinkKind kind) {
    this.kind = kind;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getDescriptionZh() {
    return descriptionZh;
  }

  public void setDescriptionZh(String descriptionZh) {
    this.descriptionZh = descriptionZh;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public @Nullable Long getOwnerUnitId() {
    return ownerUnitId;
  }

  public void setOwnerUnitId(@Nullable Long ownerUnitId) {
    this.ownerUnitId = ownerUnitId;
  }

  public String getOwnerUsername() {
    return ownerUsername;
  }

  public void setOwnerUsername(String ownerUsername) {
    this.ownerUsername = ownerUsername;
  }

  public @Nullable LocalDate getReviewOn() {
    return reviewOn;
  }

  public void setReviewOn(@Nullable LocalDate reviewOn) {
    this.reviewOn = reviewOn;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
