// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tw.civicdesk.faq.FaqViews.Category;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.input.TextCheck;
import tw.civicdesk.platform.input.TextKind;

/**
 * Checks a category as written: a code of 2 to 40 upper-case letters, digits and hyphens, a Chinese
 * name, names of at most 100 characters on one line, a position from 0 to 999.
 */
final class CategoryCheck {

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,39}");
  static final int MAX_NAME = 100;

  private CategoryCheck() {}

  /** The category to store (its id 0); {@link InvalidFields} with every problem. */
  static Category check(FaqCommands.SaveCategory s) {
    List<FieldProblem> problems = new ArrayList<>();
    String code = s.code() == null ? "" : s.code().strip().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      problems.add(new FieldProblem("code", "faq.category.code", List.of()));
    }
    String zh = name(problems, "nameZh", s.nameZh());
    String en = name(problems, "nameEn", s.nameEn());
    if (zh.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("nameZh"))) {
      problems.add(new FieldProblem("nameZh", "faq.category.name-required", List.of()));
    }
    if (s.position() < 0 || s.position() > 999) {
      problems.add(new FieldProblem("position", "faq.category.position", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    return new Category(0, s.agency(), code, new BilingualText(zh, en), s.position());
  }

  private static String name(List<FieldProblem> problems, String field, String raw) {
    String value = raw == null ? "" : raw.strip();
    var problem = TextCheck.problem(value, TextKind.LINE, MAX_NAME);
    if (problem.isPresent()) {
      problems.add(
          new FieldProblem(
              field,
              problem.get().messageKey(),
              problem.get() == tw.civicdesk.platform.input.TextProblem.TOO_LONG
                  ? List.of(MAX_NAME)
                  : List.of()));
      return "";
    }
    return value;
  }
}
