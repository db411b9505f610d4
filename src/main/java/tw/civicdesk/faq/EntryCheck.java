// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.faq.FaqViews.Category;
import tw.civicdesk.faq.FaqViews.Step;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.input.TextCheck;
import tw.civicdesk.platform.input.TextKind;
import tw.civicdesk.platform.input.TextProblem;

/**
 * Checks an entry as written and turns it into what is stored: every text through the text check
 * (ADR 0027) first, then the rules of an entry — a question and an answer in Chinese, a category
 * and a unit of the agency, related services the agency publishes, a review date — reporting every
 * problem at once under the field names of {@link FaqCommands.Save}. The answers are sanitized
 * ({@link AnswerHtml}); a blank answer after sanitizing counts as none.
 */
final class EntryCheck {

  private final List<FieldProblem> problems = new ArrayList<>();

  private EntryCheck() {}

  /**
   * The content to store.
   *
   * @param service whether a code names a published service of the entry's agency
   * @throws InvalidFields with every problem found
   */
  static FaqStore.Content check(
      FaqCommands.Save s, List<Category> categories, List<Unit> units, Predicate<String> service) {
    return new EntryCheck().run(s, categories, units, service);
  }

  private FaqStore.Content run(
      FaqCommands.Save s, List<Category> categories, List<Unit> units, Predicate<String> service) {
    // In the order of the form, so that the error summary reads top to bottom.
    Optional<Category> category =
        categories.stream().filter(c -> c.code().equals(s.category())).findFirst();
    require(category.isPresent(), "category", "faq.category.choose");
    Long unitId = s.unitId();
    boolean unitOfAgency = unitId != null && units.stream().anyMatch(u -> u.id() == unitId);
    require(unitOfAgency, "unitId", "faq.unit.choose");
    String qZh = line("questionZh", s.questionZh(), FaqCommands.MAX_QUESTION, true);
    String qEn = line("questionEn", s.questionEn(), FaqCommands.MAX_QUESTION, false);
    String aZh = answer("answerZh", s.answerZh(), true);
    String aEn = answer("answerEn", s.answerEn(), false);
    List<String> services = services(s.services(), service);
    String nZh = text("notesZh", s.notesZh(), FaqCommands.MAX_NOTES);
    String nEn = text("notesEn", s.notesEn(), FaqCommands.MAX_NOTES);
    List<Step> sop = steps(s.sopZh(), s.sopEn());
    require(s.reviewOn() != null, "reviewOn", "faq.review.required");
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    return new FaqStore.Content(
        category.orElseThrow().id(),
        java.util.Objects.requireNonNull(unitId),
        new BilingualText(qZh, qEn),
        new BilingualText(aZh, aEn),
        services,
        nZh,
        nEn,
        sop,
        java.util.Objects.requireNonNull(s.reviewOn()));
  }

  private String line(String field, @Nullable String value, int max, boolean required) {
    String v = value == null ? "" : value.strip();
    if (!checked(field, v, TextKind.LINE, max)) {
      return "";
    }
    require(!required || !v.isEmpty(), field, "faq." + field + ".required");
    return v;
  }

  private String text(String field, @Nullable String value, int max) {
    String v = value == null ? "" : value.strip();
    return checked(field, v, TextKind.TEXT, max) ? v : "";
  }

  private String answer(String field, @Nullable String value, boolean required) {
    String raw = text(field, value, FaqCommands.MAX_ANSWER);
    String clean = raw.isEmpty() ? "" : AnswerHtml.clean(raw);
    if (AnswerHtml.plain(clean).isBlank()) {
      clean = "";
    }
    require(!required || !clean.isEmpty(), field, "faq." + field + ".required");
    return clean;
  }

  private List<Step> steps(List<String> zh, List<String> en) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < Math.max(zh.size(), en.size()); i++) {
      String z = i < zh.size() ? line("sopZh", zh.get(i), FaqCommands.MAX_STEP, false) : "";
      String e = i < en.size() ? line("sopEn", en.get(i), FaqCommands.MAX_STEP, false) : "";
      if (z.isEmpty() && !e.isEmpty()) {
        require(false, "sopZh", "faq.sop.chinese-missing");
      } else if (!z.isEmpty()) {
        steps.add(new Step(z, e));
      }
    }
    require(steps.size() <= FaqCommands.MAX_ITEMS, "sopZh", "faq.sop.too-many");
    return steps;
  }

  private List<String> services(List<String> raw, Predicate<String> service) {
    List<String> codes = new ArrayList<>();
    for (String r : raw) {
      String code = r == null ? "" : r.strip().toUpperCase(java.util.Locale.ROOT);
      if (code.isEmpty() || codes.contains(code)) {
        continue;
      }
      if (!checked("services", code, TextKind.LINE, 64)) {
        continue;
      }
      if (!service.test(code)) {
        problems.add(new FieldProblem("services", "faq.services.unknown", List.of(code)));
      }
      codes.add(code);
    }
    require(codes.size() <= FaqCommands.MAX_ITEMS, "services", "faq.services.too-many");
    return codes;
  }

  private boolean checked(String field, String value, TextKind kind, int max) {
    Optional<TextProblem> problem = TextCheck.problem(value, kind, max);
    problem.ifPresent(
        p ->
            problems.add(
                new FieldProblem(
                    field, p.messageKey(), p == TextProblem.TOO_LONG ? List.of(max) : List.of())));
    return problem.isEmpty();
  }

  private boolean hasProblem(String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }

  private void require(boolean fine, String field, String key) {
    if (!fine && !hasProblem(field)) {
      problems.add(new FieldProblem(field, key, List.of()));
    }
  }
}
