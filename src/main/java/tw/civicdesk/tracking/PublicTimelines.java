// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseViews;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.petitions.PetitionRatings;
import tw.civicdesk.petitions.Petitions;

/**
 * The one mapping from a case to what the holder of its receipt may see, used by the public look-up
 * ({@link Tracking}) and the staff look-up ({@link StaffLookup}) alike, so that staff answering the
 * phone see exactly what the citizen sees.
 */
@Component
class PublicTimelines {

  private final Catalogue catalogue;
  private final Petitions petitions;
  private final PetitionRatings ratings;

  PublicTimelines(Catalogue catalogue, Petitions petitions, PetitionRatings ratings) {
    this.catalogue = catalogue;
    this.petitions = petitions;
    this.ratings = ratings;
  }

  /**
   * The public timeline of case {@code c}: its service, status, due date, the masked applicant name
   * and the public steps with their public notes — never an internal note or a staff username. The
   * caller must already have decided that its reader may see the case.
   */
  PublicTimeline of(CaseViews.PublicCase c) {
    var ref = c.service();
    PublicTimeline.Service service =
        ref == null
            ? null
            : catalogue
                .name(ref.code(), ref.version())
                .map(name -> new PublicTimeline.Service(ref.code(), name))
                .orElse(null);
    List<PublicTimeline.Entry> entries = new ArrayList<>();
    for (CaseViews.PublicStep h : c.steps()) {
      TrackingStep.of(h.action())
          .ifPresent(
              step ->
                  entries.add(
                      new PublicTimeline.Entry(
                          h.at(),
                          step,
                          step == TrackingStep.DECIDED ? c.decision() : null,
                          step.showsNote() ? h.publicNote() : null,
                          h.supplyBy())));
    }
    return new PublicTimeline(
        c.number(), service, c.status(), c.dueDate(), c.maskedName(), entries, petition(c));
  }

  /** What a petition or report adds to its timeline; {@code null} for an application. */
  private PublicTimeline.@Nullable Petition petition(CaseViews.PublicCase c) {
    if (c.service() != null) {
      return null;
    }
    return petitions
        .view(c.number())
        .map(
            p -> {
              var rating = ratings.find(c.number());
              return new PublicTimeline.Petition(
                  petitions.title(p),
                  p.decision() != null && rating.isEmpty(),
                  rating.map(PetitionRatings.Rating::score).orElse(null),
                  rating.map(PetitionRatings.Rating::reopenedAs).orElse(null));
            })
        .orElse(null);
  }
}
