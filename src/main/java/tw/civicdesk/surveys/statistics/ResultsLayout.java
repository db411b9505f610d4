// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.Questionnaire;

/**
 * What the results report, from a survey's versions: the current version's Likert questions and
 * dimensions in its order, then those only earlier versions have (the latest of them first), each
 * as the latest version that has it asks it.
 */
record ResultsLayout(List<QuestionItem> questions, List<DimensionItem> dimensions) {

  /** A Likert question to report. */
  record QuestionItem(Question question, boolean earlier) {
    QuestionKind kind() {
      return question.kind();
    }
  }

  /** A dimension to report, with the scale of its questions. */
  record DimensionItem(String code, BilingualText name, QuestionKind scale, boolean earlier) {}

  static ResultsLayout of(int current, Map<Integer, Questionnaire> versions) {
    NavigableMap<Integer, Questionnaire> latestFirst = new TreeMap<>(versions).descendingMap();
    List<QuestionItem> questions = new ArrayList<>();
    List<DimensionItem> dimensions = new ArrayList<>();
    Set<String> questionIds = new HashSet<>();
    Set<String> dimensionCodes = new HashSet<>();
    List<Map.Entry<Integer, Questionnaire>> order = new ArrayList<>();
    Questionnaire now = versions.get(current);
    if (now != null) {
      order.add(Map.entry(current, now));
    }
    latestFirst.entrySet().stream().filter(e -> e.getKey() != current).forEach(order::add);
    for (Map.Entry<Integer, Questionnaire> e : order) {
      boolean earlier = e.getKey() != current;
      Questionnaire q = e.getValue();
      for (Question question : q.likertQuestions()) {
        if (questionIds.add(question.id())) {
          questions.add(new QuestionItem(question, earlier));
        }
      }
      for (String code : q.dimensions()) {
        if (dimensionCodes.add(code)) {
          dimensions.add(new DimensionItem(code, name(q, code), scale(q, code), earlier));
        }
      }
    }
    return new ResultsLayout(List.copyOf(questions), List.copyOf(dimensions));
  }

  private static BilingualText name(Questionnaire q, String code) {
    BilingualText name = q.dimensionName(code);
    return name == null ? new BilingualText(code, code) : name;
  }

  private static QuestionKind scale(Questionnaire q, String code) {
    return q.likertQuestions().stream()
        .filter(x -> code.equals(x.dimension()))
        .map(Question::kind)
        .findFirst()
        .orElse(QuestionKind.LIKERT5);
  }
}
