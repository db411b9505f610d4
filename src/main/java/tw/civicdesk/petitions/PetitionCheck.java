// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/** The rules a petition or report is checked against before it is filed, all problems at once. */
final class PetitionCheck {

  /** The longest subject. */
  static final int SUBJECT_MAX = 100;

  /** The longest description. */
  static final int DESCRIPTION_MAX = 4000;

  /** The longest address. */
  static final int ADDRESS_MAX = 200;

  /** What passed: the kind's rules, the category, the stripped texts. */
  record Checked(KindRule rule, Category category, String subject, String description) {}

  private final List<FieldProblem> problems = new ArrayList<>();

  private PetitionCheck() {}

  static Checked check(FilePetition p, PetitionRules rules) {
    PetitionCheck check = new PetitionCheck();
    KindRule rule =
        p.kind() == CaseKind.APPLICATION ? null : rules.rule(p.agency(), p.kind()).orElse(null);
    if (rule == null) {
      check.problem("kind", "petitions.kind.not-open");
    }
    Category category =
        p.category() == null || !Category.isCode(p.category())
            ? null
            : rules.category(p.agency(), p.category()).orElse(null);
    if (category == null || !category.active() || category.kind() != p.kind()) {
      check.problem("category", "petitions.category.unknown");
    }
    String subject = check.text("subject", p.subject(), SUBJECT_MAX);
    String description = check.text("description", p.description(), DESCRIPTION_MAX);
    check.place(p);
    check.who(p, rule);
    if (!check.problems.isEmpty()) {
      throw new InvalidFields(check.problems);
    }
    return new Checked(rule, category, subject, description);
  }

  private void who(FilePetition p, @Nullable KindRule rule) {
    Applicant applicant = p.applicant();
    if (applicant == null) {
      if (rule != null && !rule.anonymousAllowed()) {
        problem("applicant.name", "petitions.anonymous.not-allowed");
      }
      return;
    }
    if (applicant.email() == null && applicant.phone() == null && applicant.address() == null) {
      problem("applicant.email", "petitions.contact.required");
    }
  }

  private void place(FilePetition p) {
    Place place = p.place();
    if (p.kind() == CaseKind.FACILITY_REPORT && !place.given()) {
      problem("place.address", "petitions.place.required");
    }
    if (place.address() != null && place.address().strip().length() > ADDRESS_MAX) {
      problem("place.address", "petitions.text.too-long", ADDRESS_MAX);
    }
    if ((place.lat() == null) != (place.lon() == null)
        || (place.lat() != null && Math.abs(place.lat()) > 90)
        || (place.lon() != null && Math.abs(place.lon()) > 180)) {
      problem("place.lat", "petitions.place.coordinates");
    }
    if (place.village() != null
        && !place.village().isBlank()
        && (place.district() == null || place.district().isBlank())) {
      problem("place.district", "petitions.place.district-required");
    }
  }

  private String text(String field, @Nullable String value, int max) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      problem(field, "petitions." + field + ".required");
    } else if (stripped.length() > max) {
      problem(field, "petitions.text.too-long", max);
    }
    return stripped;
  }

  private void problem(String field, String key, Object... args) {
    problems.add(new FieldProblem(field, key, List.of(args)));
  }
}
