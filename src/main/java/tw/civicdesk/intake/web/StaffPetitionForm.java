// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.intake.Application;
import tw.civicdesk.intake.PetitionForm;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.input.SingleLine;

/**
 * A petition, letter to the head, complaint, facility report or media item as a staff member
 * records it in the console from a call, the counter, a letter or an e-mail: what it is about,
 * where, how and when it came, and who sent it (or nobody, where the kind allows it). The
 * applicant's fields share their names with {@link ApplicationForm} so the same form parts serve
 * both; the place's address is {@code placeAddress}. Carries a one-time {@code token}: sending it
 * twice files one case.
 */
public class StaffPetitionForm extends ApplicationForm {

  private static final long serialVersionUID = 1L;

  @SingleLine
  @Size(max = 40)
  private String kind = "";

  @SingleLine
  @Size(max = 40)
  private String category = "";

  @SingleLine
  @Size(max = 200)
  private String subject = "";

  @Size(max = 8000)
  private String description = "";

  @SingleLine
  @Size(max = 400)
  private String placeAddress = "";

  /** The district and village as {@code district|village} ({@code village} may be empty). */
  @SingleLine
  @Size(max = 100)
  private String area = "";

  private boolean atHome;
  private boolean anonymous;

  /** The kind chosen, {@code null} when none of the kinds. */
  @Nullable CaseKind kindValue() {
    for (CaseKind k : CaseKind.values()) {
      if (k != CaseKind.APPLICATION && k.name().equals(kind)) {
        return k;
      }
    }
    return null;
  }

  /** The channel chosen, {@code null} when not one staff record from. */
  @Nullable Channel petitionChannel() {
    for (Channel c : StaffPetitionIntakeController.CHANNELS) {
      if (c.name().equals(getChannel())) {
        return c;
      }
    }
    return null;
  }

  /** The petition as submitted, for {@code agency}, by {@code channel}. */
  PetitionForm toPetition(CaseKind k, AgencyCode agency, Channel channel) {
    String[] where = area.split("\\|", -1);
    String district = where.length > 0 && !where[0].isBlank() ? where[0] : null;
    String village = where.length > 1 && !where[1].isBlank() ? where[1] : null;
    return new PetitionForm(
        k,
        agency.value(),
        category,
        channel,
        subject,
        description,
        new PetitionForm.PlaceForm(
            placeAddress.isBlank() ? null : placeAddress, district, village, null, null, atHome),
        anonymous,
        anonymous
            ? new Application.ApplicantForm(null, null, null, null, null, getLanguage(), null)
            : new Application.ApplicantForm(
                getName(),
                getNationalId(),
                getEmail(),
                getPhone(),
                getAddress(),
                getLanguage(),
                getNotifyBy()),
        isConsent(),
        getReceivedOn(),
        getPostmarkedOn(),
        Map.of());
  }

  /** Where a problem the intake reports on {@code field} shows on this form. */
  static String fieldOf(String field) {
    return switch (field) {
      case "place.address", "place.lat", "place.lon" -> "placeAddress";
      case "place.district", "place.village" -> "area";
      default -> field.startsWith("applicant.") ? field.substring(10) : field;
    };
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

  public String getPlaceAddress() {
    return placeAddress;
  }

  public void setPlaceAddress(String placeAddress) {
    this.placeAddress = placeAddress;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public boolean isAtHome() {
    return atHome;
  }

  public void setAtHome(boolean atHome) {
    this.atHome = atHome;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }
}
