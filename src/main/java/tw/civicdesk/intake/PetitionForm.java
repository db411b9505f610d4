// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;

/**
 * A petition, a letter to the head, a complaint, a facility report or a media item as submitted,
 * not yet checked: every value as the citizen or the clerk gave it ({@link Intake#submit}).
 *
 * @param agency the agency's code as given
 * @param category the category's code as given
 * @param place where it is about; all parts optional but for facility reports
 * @param anonymous filed without a name (only where the kind allows it); the applicant's values but
 *     the language are then ignored and nothing personal is stored
 * @param attributes answers to the category's extra questions, by code
 */
public record PetitionForm(
    CaseKind kind,
    @Nullable String agency,
    @Nullable String category,
    Channel channel,
    @Nullable String subject,
    @Nullable String description,
    PlaceForm place,
    boolean anonymous,
    Application.@Nullable ApplicantForm applicant,
    boolean consent,
    @Nullable LocalDate receivedOn,
    @Nullable LocalDate postmarkedOn,
    Map<String, String> attributes) {

  public PetitionForm {
    place = place == null ? PlaceForm.NONE : place;
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
  }

  /**
   * The place as typed.
   *
   * @param atHome the place is a home: its public form drops the house number
   */
  public record PlaceForm(
      @Nullable String address,
      @Nullable String district,
      @Nullable String village,
      @Nullable Double lat,
      @Nullable Double lon,
      boolean atHome) {
    /** No place given. */
    public static final PlaceForm NONE = new PlaceForm(null, null, null, null, null, false);
  }

  /**
   * A SHA-256 fingerprint of the whole form with map entries in key order; see {@link Application}.
   */
  public String fingerprint() {
    Map<String, Object> canonical = new TreeMap<>();
    canonical.put("kind", kind.name());
    canonical.put("agency", agency);
    canonical.put("category", category);
    canonical.put("channel", channel.name());
    canonical.put("subject", subject);
    canonical.put("description", description);
    canonical.put("place", place);
    canonical.put("anonymous", anonymous);
    canonical.put("applicant", applicant);
    canonical.put("consent", consent);
    canonical.put("receivedOn", String.valueOf(receivedOn));
    canonical.put("postmarkedOn", String.valueOf(postmarkedOn));
    canonical.put("attributes", new TreeMap<>(attributes));
    return Application.digest(canonical);
  }
}
