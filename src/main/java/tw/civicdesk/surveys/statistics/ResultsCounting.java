// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.Questionnaire;
import tw.civicdesk.surveys.statistics.ResultsStore.Answered;

/**
 * Turns the groups of alike responses {@link ResultsStore#answered} reads into the counts {@link
 * ResultsTally} sums: answers by month, question, scale and points, and respondents by month,
 * dimension and scale; each answer taken with the scale and dimension its question had in the
 * version answered.
 */
final class ResultsCounting {

  /** Likert answers of one question and scale in one month: a point or "not applicable". */
  record AnswerCount(
      YearMonth month, String questionId, QuestionKind kind, int points, boolean na, long n) {}

  /** Respondents alike in one dimension and month: same points, answered and N/A counts. */
  record RespondentCount(
      YearMonth month, String dimension, QuestionKind kind, Respondent respondent, long n) {}

  private record AnswerKey(YearMonth month, String questionId, QuestionKind kind, int points) {}

  private record RespondentKey(
      YearMonth month, String dimension, QuestionKind kind, Respondent respondent) {}

  private final Map<AnswerKey, Long> answers = new HashMap<>();
  private final Map<RespondentKey, Long> respondents = new HashMap<>();

  /** The counts of {@code answered}, with the questionnaire of each version. */
  static ResultsCounting of(List<Answered> answered, Map<Integer, Questionnaire> versions) {
    ResultsCounting counting = new ResultsCounting();
    for (Answered group : answered) {
      Questionnaire q = versions.get(group.version());
      if (q != null) {
        counting.add(group, q);
      }
    }
    return counting;
  }

  private void add(Answered group, Questionnaire q) {
    Map<String, long[]> dimensions = new HashMap<>();
    Map<String, QuestionKind> scales = new HashMap<>();
    for (String pair : group.answers().split(" ")) {
      int eq = pair.lastIndexOf('=');
      Question question = eq < 0 ? null : q.question(pair.substring(0, eq)).orElse(null);
      if (question == null || !question.kind().isLikert() || question.dimension() == null) {
        continue;
      }
      int points = Integer.parseInt(pair.substring(eq + 1));
      answers.merge(
          new AnswerKey(group.month(), question.id(), question.kind(), points),
          group.n(),
          Long::sum);
      long[] sum = dimensions.computeIfAbsent(question.dimension(), d -> new long[3]);
      sum[0] += points;
      sum[points == 0 ? 2 : 1]++;
      scales.put(question.dimension(), question.kind());
    }
    dimensions.forEach(
        (dimension, sum) ->
            respondents.merge(
                new RespondentKey(
                    group.month(),
                    dimension,
                    scales.get(dimension),
                    new Respondent(sum[0], (int) sum[1], (int) sum[2])),
                group.n(),
                Long::sum));
  }

  /** Answers by month, question, scale and points ({@code 0} with {@code na} for N/A). */
  List<AnswerCount> answers() {
    return answers.entrySet().stream()
        .map(
            e -> {
              AnswerKey k = e.getKey();
              return new AnswerCount(
                  k.month(), k.questionId(), k.kind(), k.points(), k.points() == 0, e.getValue());
            })
        .toList();
  }

  /** Respondents by month, dimension and scale, alike ones counted together. */
  List<RespondentCount> respondents() {
    return respondents.entrySet().stream()
        .map(
            e -> {
              RespondentKey k = e.getKey();
              return new RespondentCount(
                  k.month(), k.dimension(), k.kind(), k.respondent(), e.getValue());
            })
        .toList();
  }
}
