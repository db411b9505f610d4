// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.web;

import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.Category;
import tw.civicdesk.petitions.RuleDrafts.CategoryDraft;
import tw.civicdesk.petitions.RuleDrafts.CategorySettings;

/** The console form of a category; code and kind only when it is new. */
public class CategoryForm {

  private @Nullable String code;
  private @Nullable CaseKind kind;
  private @Nullable String nameZh;
  private @Nullable String nameEn;
  private @Nullable Integer limitAmount;
  private TimeLimit.@Nullable Unit limitUnit;
  private int position;
  private boolean active = true;
  private int version;

  static CategoryForm of(CategorySettings settings) {
    Category c = settings.category();
    CategoryForm f = new CategoryForm();
    f.code = c.code();
    f.kind = c.kind();
    f.nameZh = c.name().zh();
    f.nameEn = c.name().en();
    TimeLimit limit = c.limit();
    f.limitAmount = limit == null ? null : limit.amount();
    f.limitUnit = limit == null ? null : limit.unit();
    f.position = c.position();
    f.active = c.active();
    f.version = settings.version();
    return f;
  }

  CategoryDraft toDraft(AgencyCode agency) {
    return new CategoryDraft(
        agency, code, kind, nameZh, nameEn, limitAmount, limitUnit, position, active);
  }

  public @Nullable String getCode() {
    return code;
  }

  public void setCode(@Nullable String code) {
    this.code = code;
  }

  public @Nullable CaseKind getKind() {
    return kind;
  }

  public void setKind(@Nullable CaseKind kind) {
    this.kind = kind;
  }

  public @Nullable String getNameZh() {
    return nameZh;
  }

  public void setNameZh(@Nullable String nameZh) {
    this.nameZh = nameZh;
  }

  public @Nullable String getNameEn() {
    return nameEn;
  }

  public void setNameEn(@Nullable String nameEn) {
    this.nameEn = nameEn;
  }

  public @Nullable Integer getLimitAmount() {
    return limitAmount;
  }

  public void setLimitAmount(@Nullable Integer limitAmount) {
    this.limitAmount = limitAmount;
  }

  public TimeLimit.@Nullable Unit getLimitUnit() {
    return limitUnit;
  }

  public void setLimitUnit(TimeLimit.@Nullable Unit limitUnit) {
    this.limitUnit = limitUnit;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
