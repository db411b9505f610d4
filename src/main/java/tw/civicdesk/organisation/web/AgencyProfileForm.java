// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.AgencyProfile;
import tw.civicdesk.organisation.PublicText;

/** The form of an agency's site texts: profile, duties, e-mail and the personal-data page. */
public class AgencyProfileForm {

  private static final String EMAIL = "|[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+";

  @Size(max = 4000, message = "{form.error.too-long}")
  private String profileZh = "";

  @Size(max = 4000, message = "{form.error.too-long}")
  private String profileEn = "";

  @Size(max = 4000, message = "{form.error.too-long}")
  private String dutiesZh = "";

  @Size(max = 4000, message = "{form.error.too-long}")
  private String dutiesEn = "";

  @Size(max = 254, message = "{form.error.too-long}")
  @Pattern(regexp = EMAIL, message = "{form.error.email}")
  private String email = "";

  @Size(max = 300, message = "{form.error.too-long}")
  private String privacyContactZh = "";

  @Size(max = 300, message = "{form.error.too-long}")
  private String privacyContactEn = "";

  @Size(max = 254, message = "{form.error.too-long}")
  @Pattern(regexp = EMAIL, message = "{form.error.email}")
  private String privacyEmail = "";

  @Pattern(regexp = "|[0-9()+#\\- ]{6,30}", message = "{organisation.error.phone}")
  private String privacyPhone = "";

  @Size(max = 4000, message = "{form.error.too-long}")
  private String privacyZh = "";

  @Size(max = 4000, message = "{form.error.too-long}")
  private String privacyEn = "";

  private int version;

  static AgencyProfileForm of(AgencyProfile p) {
    AgencyProfileForm f = new AgencyProfileForm();
    f.profileZh = p.profile().zh();
    f.profileEn = p.profile().en();
    f.dutiesZh = p.duties().zh();
    f.dutiesEn = p.duties().en();
    f.email = p.email();
    f.privacyContactZh = p.privacyContact().zh();
    f.privacyContactEn = p.privacyContact().en();
    f.privacyEmail = p.privacyEmail();
    f.privacyPhone = p.privacyPhone();
    f.privacyZh = p.privacy().zh();
    f.privacyEn = p.privacy().en();
    f.version = p.version();
    return f;
  }

  AgencyProfile toProfile(AgencyCode code) {
    return new AgencyProfile(
        code,
        new PublicText(profileZh, profileEn),
        new PublicText(dutiesZh, dutiesEn),
        email.strip(),
        new PublicText(privacyZh, privacyEn),
        new PublicText(privacyContactZh, privacyContactEn),
        privacyEmail.strip(),
        privacyPhone.strip(),
        version);
  }

  public String getProfileZh() {
    return profileZh;
  }

  public void setProfileZh(String v) {
    this.profileZh = v;
  }

  public String getProfileEn() {
    return profileEn;
  }

  public void setProfileEn(String v) {
    this.profileEn = v;
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    this.email = v;
  }

  public String getPrivacyContactZh() {
    return privacyContactZh;
  }

  public void setPrivacyContactZh(String v) {
    this.privacyContactZh = v;
  }

  public String getPrivacyContactEn() {
    return privacyContactEn;
  }

  public void setPrivacyContactEn(String v) {
    this.privacyContactEn = v;
  }

  public String getPrivacyEmail() {
    return privacyEmail;
  }

  public void setPrivacyEmail(String v) {
    this.privacyEmail = v;
  }

  public String getPrivacyPhone() {
    return privacyPhone;
  }

  public void setPrivacyPhone(String v) {
    this.privacyPhone = v;
  }

  public String getPrivacyZh() {
    return privacyZh;
  }

  public void setPrivacyZh(String v) {
    this.privacyZh = v;
  }

  public String getPrivacyEn() {
    return privacyEn;
  }

  public void setPrivacyEn(String v) {
    this.privacyEn = v;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
