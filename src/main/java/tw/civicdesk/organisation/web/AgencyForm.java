// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.AgencyType;
import tw.civicdesk.organisation.ClosurePolicy;
import tw.civicdesk.organisation.Drafts.AgencyDraft;
import tw.civicdesk.platform.i18n.BilingualText;

/** The agency form of the console; {@link #toDraft()} turns it into a typed command. */
public class AgencyForm {

  @NotBlank(message = "{form.error.required}")
  @Pattern(regexp = "[A-Za-z][A-Za-z0-9-]{1,31}", message = "{organisation.error.agency-code}")
  private String code = "";

  private String parentCode = "";

  @NotBlank(message = "{form.error.required}")
  @Size(max = 120, message = "{form.error.too-long}")
  private String nameZh = "";

  @Size(max = 200, message = "{form.error.too-long}")
  private String nameEn = "";

  @NotNull(message = "{form.error.required}")
  private AgencyType type = AgencyType.TOWNSHIP_OFFICE;

  @NotBlank(message = "{form.error.required}")
  @Size(max = 200, message = "{form.error.too-long}")
  private String addressZh = "";

  @Size(max = 300, message = "{form.error.too-long}")
  private String addressEn = "";

  @NotBlank(message = "{form.error.required}")
  @Pattern(regexp = "[0-9()+#\\- ]{6,30}", message = "{organisation.error.phone}")
  private String phone = "";

  @NotBlank(message = "{form.error.required}")
  @Size(max = 200, message = "{form.error.too-long}")
  private String openingHoursZh = "";

  @Size(max = 300, message = "{form.error.too-long}")
  private String openingHoursEn = "";

  /** A {@link ClosurePolicy} name, or empty for the application default. */
  @Pattern(regexp = "|STOPS_CLOCK|NONE", message = "{organisation.error.closure-policy}")
  private String closurePolicy = "";

  private int version;

  static AgencyForm of(Agency a) {
    AgencyForm f = new AgencyForm();
    f.code = a.code().value();
    f.parentCode = a.parentCode() == null ? "" : a.parentCode().value();
    f.nameZh = a.name().zh();
    f.nameEn = a.name().en();
    f.type = a.type();
    f.addressZh = a.address().zh();
    f.addressEn = a.address().en();
    f.phone = a.phone();
    f.openingHoursZh = a.openingHours().zh();
    f.openingHoursEn = a.openingHours().en();
    f.closurePolicy = a.closurePolicy() == null ? "" : a.closurePolicy().name();
    f.version = a.version();
    return f;
  }

  AgencyDraft toDraft() {
    return new AgencyDraft(
        AgencyCode.of(code),
        parentCode == null || parentCode.isBlank() ? null : AgencyCode.of(parentCode),
        new BilingualText(nameZh, nameEn),
        type,
        new BilingualText(addressZh, addressEn),
        phone.strip(),
        new BilingualText(openingHoursZh, openingHoursEn),
        closurePolicy == null || closurePolicy.isBlank()
            ? null
            : ClosurePolicy.valueOf(closurePolicy));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getParentCode() {
    return parentCode;
  }

  public void setParentCode(String parentCode) {
    this.parentCode = parentCode;
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

  public AgencyType getType() {
    return type;
  }

  public void setType(AgencyType type) {
    this.type = type;
  }

  public String getAddressZh() {
    return addressZh;
  }

  public void setAddressZh(String addressZh) {
    this.addressZh = addressZh;
  }

  public String getAddressEn() {
    return addressEn;
  }

  public void setAddressEn(String addressEn) {
    this.addressEn = addressEn;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getOpeningHoursZh() {
    return openingHoursZh;
  }

  public void setOpeningHoursZh(String v) {
    this.openingHoursZh = v;
  }

  public String getOpeningHoursEn() {
    return openingHoursEn;
  }

  public void setOpeningHoursEn(String v) {
    this.openingHoursEn = v;
  }

  public String getClosurePolicy() {
    return closurePolicy;
  }

  public void setClosurePolicy(String v) {
    this.closurePolicy = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
