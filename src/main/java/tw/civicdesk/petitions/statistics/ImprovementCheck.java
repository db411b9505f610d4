// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/** The checks of an improvement action as typed, every problem at once. */
final class ImprovementCheck {

  /** The longest title. */
  static final int TITLE_MAX = 100;

  /** The longest description. */
  static final int DESCRIPTION_MAX = 2000;

  private final LocalDate today;
  private final List<FieldProblem> problems = new ArrayList<>();

  ImprovementCheck(LocalDate today) {
    this.today = today;
  }

  ImprovementActions.Checked check(ImprovementDraft d, Set<Long> units) {
    String title = text("title", d.title(), TITLE_MAX);
    String description = text("description", d.description(), DESCRIPTION_MAX);
    Long unit = d.ownerUnitId();
    if (unit == null || !units.contains(unit)) {
      problem("ownerUnitId", "petition-admin.error.unit");
    }
    if (d.dueOn() == null) {
      problem("dueOn", "petition-admin.error.date");
    }
    ImprovementStatus status = Optional.ofNullable(d.status()).orElse(ImprovementStatus.PLANNED);
    LocalDate done = d.doneOn();
    if (status == ImprovementStatus.DONE && (done == null || done.isAfter(today))) {
      problem("doneOn", "petition-admin.error.done-on");
    }
    if (status != ImprovementStatus.DONE && done != null) {
      problem("doneOn", "petition-admin.error.done-on-not-done");
    }
    List<CaseNumber> cases = cases(d.cases());
    return new ImprovementActions.Checked(
        title,
        description,
        unit == null ? 0 : unit,
        d.dueOn() == null ? today : d.dueOn(),
        status,
        status == ImprovementStatus.DONE ? done : null,
        cases);
  }

  void unknownCases(Collection<CaseNumber> unknown) {
    if (!unknown.isEmpty()) {
      problem(
          "cases",
          "petition-admin.error.cases-unknown",
          unknown.stream().map(CaseNumber::grouped).collect(Collectors.joining("、")));
    }
  }

  void done() {
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }

  private List<CaseNumber> cases(List<String> typed) {
    Set<CaseNumber> numbers = new LinkedHashSet<>();
    List<String> malformed = new ArrayList<>();
    for (String raw : typed) {
      if (raw == null || raw.isBlank()) {
        continue;
      }
      CaseNumber.parse(raw).ifPresentOrElse(numbers::add, () -> malformed.add(raw.strip()));
    }
    if (!malformed.isEmpty()) {
      problem(
          "cases",
          "petition-admin.error.cases-malformed",
          String.join("、", malformed.subList(0, Math.min(5, malformed.size()))));
    } else if (numbers.isEmpty()) {
      problem("cases", "petition-admin.error.cases-required");
    } else if (numbers.size() > ImprovementActions.MAX_CASES) {
      problem("cases", "petition-admin.error.cases-too-many", ImprovementActions.MAX_CASES);
    }
    return List.copyOf(numbers);
  }

  private String text(String field, @Nullable String value, int max) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      problem(field, "form.error.required");
    } else if (stripped.length() > max) {
      problem(field, "petition-admin.error.too-long", max);
    }
    return stripped;
  }

  private void problem(String field, String key, Object... arguments) {
    problems.add(new FieldProblem(field, key, List.of(arguments)));
  }
}
