// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tw.civicdesk.surveys.statistics.ResultsCounting.AnswerCount;
import tw.civicdesk.surveys.statistics.ResultsCounting.RespondentCount;
import tw.civicdesk.surveys.statistics.ResultsLayout.DimensionItem;
import tw.civicdesk.surveys.statistics.ResultsLayout.QuestionItem;

/**
 * The month-by-month counts of one query, summed over any set of months and handed to {@link
 * SatisfactionCalculator}: the whole filter, or one period of a trend. Answers given on another
 * scale than the one reported (an earlier version's) are left out rather than pooled.
 */
record ResultsTally(
    Map<YearMonth, Long> responses,
    List<AnswerCount> answers,
    List<RespondentCount> respondents,
    int tooFewBelow) {

  long responses(Predicate<YearMonth> months) {
    return responses.entrySet().stream()
        .filter(e -> months.test(e.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  Satisfaction question(QuestionItem item, Predicate<YearMonth> months) {
    Map<Integer, Long> counts = new HashMap<>();
    long notApplicable = 0;
    for (AnswerCount a : answers) {
      if (a.questionId().equals(item.question().id())
          && a.kind() == item.kind()
          && months.test(a.month())) {
        if (a.na()) {
          notApplicable += a.n();
        } else {
          counts.merge(a.points(), a.n(), Long::sum);
        }
      }
    }
    return SatisfactionCalculator.question(item.kind(), counts, notApplicable, tooFewBelow);
  }

  Satisfaction dimension(DimensionItem item, Predicate<YearMonth> months) {
    Map<Respondent, Long> alike = new LinkedHashMap<>();
    for (RespondentCount r : respondents) {
      if (r.dimension().equals(item.code()) && r.kind() == item.scale() && months.test(r.month())) {
        alike.merge(r.respondent(), r.n(), Long::sum);
      }
    }
    return SatisfactionCalculator.dimension(item.scale(), alike, tooFewBelow);
  }
}
