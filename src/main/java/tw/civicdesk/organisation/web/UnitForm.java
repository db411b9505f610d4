// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import tw.civicdesk.organisation.Drafts.UnitDraft;
import tw.civicdesk.organisation.PublicText;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.organisation.UnitContact;
import tw.civicdesk.organisation.UnitKind;
import tw.civicdesk.platform.i18n.BilingualText;

/** The unit form of the console. */
public class UnitForm {

  @NotBlank(message = "{form.error.required}")
  @Pattern(regexp = "[A-Za-z0-9-]{1,32}", message = "{organisation.error.unit-code}")
  private String code = "";

  @NotBlank(message = "{form.error.required}")
  @Size(max = 60, message = "{form.error.too-long}")
  private String nameZh = "";

  @Size(max = 120, message = "{form.error.too-long}")
  private String nameEn = "";

  @NotNull(message = "{form.error.required}")
  private UnitKind kind = UnitKind.SECTION;

  @Size(max = 4000, message = "{form.error.too-long}")
  private String dutiesZh = "";

  @Size(max = 4000, message = "{form.error.too-long}")
  private String dutiesEn = "";

  @Pattern(regexp = "|[0-9()+#\\- ]{6,30}", message = "{organisation.error.phone}")
  private String phone = "";

  @Size(max = 254, message = "{form.error.too-long}")
  @Pattern(regexp = "|[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+", message = "{form.error.email}")
  private String email = "";

  @Size(max = 300, message = "{form.error.too-long}")
  private String hoursZh = "";

  @Size(max = 300, message = "{form.error.too-long}")
  private String hoursEn = "";

  private int version;

  static UnitForm of(Unit u) {
    UnitForm f = new UnitForm();
    f.code = u.code();
    f.nameZh = u.name().zh();
    f.nameEn = u.name().en();
    f.kind = u.kind();
    f.version = u.version();
    UnitContact c = u.contact();
    f.dutiesZh = c.duties().zh();
    f.dutiesEn = c.duties().en();
    f.phone = c.phone();
    f.email = c.email();
    f.hoursZh = c.hours().zh();
    f.hoursEn = c.hours().en();
    return f;
  }

  UnitDraft toDraft() {
    return new UnitDraft(
        code.strip().toUpperCase(Locale.ROOT),
        new BilingualText(nameZh, nameEn),
        kind,
        new UnitContact(
            new PublicText(dutiesZh, dutiesEn), phone, email, new PublicText(hoursZh, hoursEn)));
  }

  public String getDutiesZh() {
    return dutiesZh;
  }

  public void setDutiesZh(String v) {
    this.dutiesZh = v;
  }

  public String getDutiesEn() {
    return dutiesEn;
  }

  public void setDutiesEn(String v) {
    this.dutiesEn = v;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String v) {
    this.phone = v;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    this.email = v;
  }

  public String getHoursZh() {
    return hoursZh;
  }

  public void setHoursZh(String v) {
    this.hoursZh = v;
  }

  public String getHoursEn() {
    return hoursEn;
  }

  public void setHoursEn(String v) {
    this.hoursEn = v;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
