// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.intake.Application;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.platform.web.FormSupport;

/**
 * The application form of the public site and of the console: the applicant, the service's fields
 * ({@code fields[name]}), consent and, for staff, channel and dates. Carries a one-time {@code
 * token} so that sending the form twice files one case.
 */
public class ApplicationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @SingleLine
  @Size(max = 200)
  private String token = UUID.randomUUID().toString();

  @SingleLine private String serviceCode = "";
  @SingleLine private String name = "";

  @SingleLine
  @Size(max = 64)
  private String nationalId = "";

  @SingleLine
  @Size(max = 254)
  private String email = "";

  @SingleLine
  @Size(max = 30)
  private String phone = "";

  private String address = "";
  @SingleLine private String language = "";
  @SingleLine private String notifyBy = "";
  private Map<String, String> fields = new LinkedHashMap<>();
  private boolean consent;
  @SingleLine private String channel = Channel.COUNTER.name();

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate receivedOn;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate postmarkedOn;

  /**
   * A new form of the public site: notices by e-mail unless the applicant chooses otherwise, in the
   * page's language.
   */
  static ApplicationForm online(Locale page) {
    ApplicationForm form = new ApplicationForm();
    form.setNotifyBy(Applicant.NotifyBy.EMAIL.name());
    form.setLanguage("en".equals(page.getLanguage()) ? "en" : "zh-TW");
    return form;
  }

  /**
   * The contact field the chosen notice needs ({@code email}, {@code phone}, {@code address}), or
   * {@code ""} when it needs none or none is chosen yet: the form marks it required.
   */
  public String requiredContact() {
    return switch (notifyBy) {
      case "EMAIL" -> "email";
      case "SMS" -> "phone";
      case "POST" -> "address";
      default -> "";
    };
  }

  /** The application as submitted through {@code channel}. */
  Application toApplication(Channel through) {
    return new Application(
        serviceCode,
        through,
        new Application.ApplicantForm(name, nationalId, email, phone, address, language, notifyBy),
        fields,
        consent,
        receivedOn,
        postmarkedOn);
  }

  /** The channel chosen on the console form, {@code null} when not one of the staff channels. */
  @Nullable Channel staffChannel() {
    for (Channel c : new Channel[] {Channel.COUNTER, Channel.PHONE, Channel.MAIL}) {
      if (c.name().equals(channel)) {
        return c;
      }
    }
    return null;
  }

  /** Puts intake's errors next to this form's fields ({@code applicant.x} is {@code x} here). */
  static void reject(DomainException e, BindingResult result) {
    if (e instanceof InvalidFields invalid) {
      invalid
          .problems()
          .forEach(
              p ->
                  result.rejectValue(
                      p.field().replace("applicant.", ""),
                      p.messageKey(),
                      p.arguments().toArray(),
                      null));
    } else {
      FormSupport.reject(e, result);
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNationalId() {
    return nationalId;
  }

  public void setNationalId(String nationalId) {
    this.nationalId = nationalId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getNotifyBy() {
    return notifyBy;
  }

  public void setNotifyBy(String notifyBy) {
    this.notifyBy = notifyBy;
  }

  public Map<String, String> getFields() {
    return fields;
  }

  public void setFields(Map<String, String> fields) {
    this.fields = fields;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public @Nullable LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(@Nullable LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public @Nullable LocalDate getPostmarkedOn() {
    return postmarkedOn;
  }

  public void setPostmarkedOn(@Nullable LocalDate postmarkedOn) {
    this.postmarkedOn = postmarkedOn;
  }
}
