// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A reply template an administrator keeps for officers to pick and adapt: for a category's answers
 * or a §173 ground's closures, in one language (English petitions are offered English templates).
 *
 * @param id {@code 0} for one not yet stored
 * @param category the category it answers; {@code null} for a ground's template or any category
 * @param ground the §173 ground of a closure it words; {@code null} for an answer
 */
public record ReplyTemplate(
    long id,
    AgencyCode agency,
    @Nullable String category,
    @Nullable ClosureGround ground,
    Locale language,
    String title,
    String handling,
    String legalBasis,
    String remedy,
    boolean active) {

  public ReplyTemplate {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(language, "language");
    if (category != null && ground != null) {
      throw new IllegalArgumentException("A template words an answer or a closure, not both");
    }
  }
}
