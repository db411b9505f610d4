// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation.web;

import java.util.List;
import tw.civicdesk.performance.evaluation.ScoreKind;
import tw.civicdesk.performance.evaluation.Scorecard;

/**
 * The evaluation table's rows as the page shows them: numbers as text, an id per item for the
 * form's fields ({@code 01.02} → {@code 01-02}).
 */
record EvaluationRows(
    Scorecard.Line line,
    String path,
    String id,
    String max,
    String self,
    String review,
    String lastYear,
    List<String> selfScores,
    List<String> reviewScores) {

  static List<EvaluationRows> of(Scorecard card) {
    return card.lines().stream()
        .map(
            l ->
                new EvaluationRows(
                    l,
                    l.node().path(),
                    l.node().path().replace('.', '-'),
                    EvaluationController.number(l.max()),
                    EvaluationController.number(l.result().self()),
                    EvaluationController.number(l.result().review()),
                    EvaluationController.number(l.result().lastYear()),
                    scores(card, l.node().path(), ScoreKind.SELF),
                    scores(card, l.node().path(), ScoreKind.REVIEW)))
        .toList();
  }

  private static List<String> scores(Scorecard card, String path, ScoreKind kind) {
    return card.scoresOf(path, kind).stream()
        .map(
            s ->
                s.reviewer()
                    + "："
                    + EvaluationController.number(s.score())
                    + (s.comment() == null ? "" : "（" + s.comment() + "）"))
        .toList();
  }
}
