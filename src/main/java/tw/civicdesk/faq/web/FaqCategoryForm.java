// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.faq.FaqCommands;
import tw.civicdesk.faq.FaqViews.Category;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.input.SingleLine;

/** The console form of a category: a new code adds one, an existing code changes it. */
public class FaqCategoryForm {

  @SingleLine
  @Size(max = 40)
  private String code = "";

  @SingleLine
  @Size(max = 100)
  private String nameZh = "";

  @SingleLine
  @Size(max = 100)
  private String nameEn = "";

  private int position = 10;

  static FaqCategoryForm of(Category c) {
    FaqCategoryForm f = new FaqCategoryForm();
    f.code = c.code();
    f.nameZh = c.name().zh();
    f.nameEn = c.name().en();
    f.position = c.position();
    return f;
  }

  FaqCommands.SaveCategory toCommand(AgencyCode agency) {
    return new FaqCommands.SaveCategory(agency, code, nameZh, nameEn, position);
  }

  public String getCode() {
    return code;
  }

  public void setCode(@Nullable String code) {
    this.code = code == null ? "" : code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(@Nullable String nameZh) {
    this.nameZh = nameZh == null ? "" : nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(@Nullable String nameEn) {
    this.nameEn = nameEn == null ? "" : nameEn;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }
}
