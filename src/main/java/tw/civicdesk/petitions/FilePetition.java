// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;

/**
 * Files a petition, a letter to the head, a complaint, a facility report or a media item ({@link
 * Petitions#file}). The caller has checked the applicant's own values (name, contact formats,
 * consent, the received day); {@link Petitions} checks the rest against the kind's rules.
 *
 * @param category the category's code at {@code agency}
 * @param applicant who filed it; {@code null} when anonymous (only where the kind allows it)
 * @param language the language of the case: replies are written in it (English petitions get
 *     English replies)
 * @param attributes answers to the category's extra questions (Open311 attributes), by code
 * @param clerk the staff member recording it, {@code null} when the citizen files it
 */
public record FilePetition(
    CaseKind kind,
    Channel channel,
    AgencyCode agency,
    @Nullable String category,
    Place place,
    @Nullable String subject,
    @Nullable String description,
    @Nullable Applicant applicant,
    Locale language,
    LocalDate receivedOn,
    @Nullable LocalDate postmarkedOn,
    Map<String, String> attributes,
    @Nullable String clerk) {

  public FilePetition {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(place, "place");
    attributes = Map.copyOf(attributes);
  }
}
