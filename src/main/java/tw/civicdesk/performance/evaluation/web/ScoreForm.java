// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import tw.civicdesk.performance.evaluation.Evaluations;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * The score form's fields, {@code scores[<path>]} and {@code comments[<path>]}, as entries by item
 * path; a score that is not a number is a field error before anything reaches the domain.
 */
final class ScoreForm {

  private static final Pattern FIELD = Pattern.compile("(scores|comments)\\[([0-9.]{2,40})]");

  private ScoreForm() {}

  static Map<String, Evaluations.Entry> entries(MultiValueMap<String, String> form) {
    Map<String, String> scores = new LinkedHashMap<>();
    Map<String, String> comments = new LinkedHashMap<>();
    form.forEach(
        (name, values) -> {
          Matcher m = FIELD.matcher(name);
          if (m.matches() && !values.isEmpty()) {
            (m.group(1).equals("scores") ? scores : comments).put(m.group(2), values.get(0));
          }
        });
    Map<String, Evaluations.Entry> entries = new LinkedHashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    scores.forEach(
        (path, raw) -> {
          String text = raw.strip();
          BigDecimal score = null;
          if (!text.isEmpty()) {
            try {
              score = new BigDecimal(text);
            } catch (NumberFormatException e) {
              problems.add(
                  new FieldProblem("scores[" + path + "]", "evaluation.error.number", List.of()));
              return;
            }
          }
          entries.put(path, new Evaluations.Entry(score, comments.get(path)));
        });
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    return entries;
  }
}
