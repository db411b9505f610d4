// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.platform.input.SingleLine;

/**
 * The answers of one piece of feedback (a petition, a letter to the head, a complaint or a facility
 * report) between the question pages and the check-answers page, kept in the citizen's session
 * ({@link FeedbackDrafts}; ADR 0031, as online applications). Each page binds only its own fields
 * ({@link FeedbackStep#fields()}); everything is checked again when it is filed. Carries a one-time
 * {@code token} that becomes the idempotency key of the filing.
 */
public class FeedbackForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Answers to "do you want to give your name and a contact?". */
  static final String NAMED = "named";

  static final String ANONYMOUS = "anonymous";

  @SingleLine private String token = UUID.randomUUID().toString();
  @SingleLine private String agency = "";
  @SingleLine private String kind = "";
  @SingleLine private String category = "";
  @SingleLine private String address = "";
  @SingleLine private String district = "";
  @SingleLine private String village = "";
  @SingleLine private String lat = "";
  @SingleLine private String lon = "";
  private boolean atHome;
  @SingleLine private String subject = "";
  private String description = "";
  @SingleLine private String identify = "";
  @SingleLine private String name = "";
  @SingleLine private String email = "";
  @SingleLine private String phone = "";
  @SingleLine private String postalAddress = "";
  @SingleLine private String notifyBy = Applicant.NotifyBy.EMAIL.name();
  @SingleLine private String language = "zh-TW";
  private boolean consent;

  /** The nearby open reports were offered once after the place was given. */
  private boolean nearbyOffered;

  private List<FeedbackPhoto> photos = new ArrayList<>();

  /** A new form in the page's language. */
  static FeedbackForm start(Locale page) {
    FeedbackForm form = new FeedbackForm();
    form.setLanguage("en".equals(page.getLanguage()) ? "en" : "zh-TW");
    return form;
  }

  /** A copy to bind one page's answers to, so that refused answers never reach the draft. */
  FeedbackForm copy() {
    FeedbackForm c = new FeedbackForm();
    c.token = token;
    c.agency = agency;
    c.kind = kind;
    c.category = category;
    c.address = address;
    c.district = district;
    c.village = village;
    c.lat = lat;
    c.lon = lon;
    c.atHome = atHome;
    c.subject = subject;
    c.description = description;
    c.identify = identify;
    c.name = name;
    c.email = email;
    c.phone = phone;
    c.postalAddress = postalAddress;
    c.notifyBy = notifyBy;
    c.language = language;
    c.consent = consent;
    c.nearbyOffered = nearbyOffered;
    c.photos = new ArrayList<>(photos);
    return c;
  }

  /** Whether the citizen chose to stay anonymous. */
  public boolean isAnonymous() {
    return ANONYMOUS.equals(identify);
  }

  /** The latitude as a number, {@code null} when not given or not a number. */
  @Nullable Double latitude() {
    return number(lat);
  }

  /** The longitude as a number, {@code null} when not given or not a number. */
  @Nullable Double longitude() {
    return number(lon);
  }

  private static @Nullable Double number(String text) {
    try {
      double value = Double.parseDouble(text.strip());
      return Double.isFinite(value) ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The contact field the chosen notice needs, as in the application form. */
  public String requiredContact() {
    return switch (notifyBy) {
      case "EMAIL" -> "email";
      case "SMS" -> "phone";
      case "POST" -> "postalAddress";
      default -> "";
    };
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public String getVillage() {
    return village;
  }

  public void setVillage(String village) {
    this.village = village;
  }

  public String getLat() {
    return lat;
  }

  public void setLat(String lat) {
    this.lat = lat;
  }

  public String getLon() {
    return lon;
  }

  public void setLon(String lon) {
    this.lon = lon;
  }

  public boolean isAtHome() {
    return atHome;
  }

  public void setAtHome(boolean atHome) {
    this.atHome = atHome;
  }

  /** Whether a coordinate was typed that is no number. */
  boolean coordinatesMalformed() {
    return (!lat.isBlank() && latitude() == null) || (!lon.isBlank() && longitude() == null);
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getIdentify() {
    return identify;
  }

  public void setIdentify(String identify) {
    this.identify = identify;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public String getPostalAddress() {
    return postalAddress;
  }

  public void setPostalAddress(String postalAddress) {
    this.postalAddress = postalAddress;
  }

  public String getNotifyBy() {
    return notifyBy;
  }

  public void setNotifyBy(String notifyBy) {
    this.notifyBy = notifyBy;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }

  public boolean isNearbyOffered() {
    return nearbyOffered;
  }

  void setNearbyOffered(boolean nearbyOffered) {
    this.nearbyOffered = nearbyOffered;
  }

  /** The photo upload's field, which holds no value between requests: for its errors. */
  public String getPhoto() {
    return "";
  }

  public List<FeedbackPhoto> getPhotos() {
    return List.copyOf(photos);
  }

  void addPhoto(FeedbackPhoto photo) {
    photos.add(photo);
  }

  void removePhoto(String id) {
    photos.removeIf(p -> p.id().equals(id));
  }
}
