// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.civicdesk.performance.frameworks.Framework;
import tw.civicdesk.performance.frameworks.FrameworkNode;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.platform.i18n.BilingualText;

/** The totals rule of ADR 0021 on small frameworks, worked out by hand. */
class ScoreTotalsTests {

  private static FrameworkNode node(
      String path, NodeKind kind, Integer points, String weight, FrameworkNode... children) {
    return new FrameworkNode(
        path,
        kind,
        new BilingualText(path, path),
        points,
        weight == null ? null : new BigDecimal(weight),
        List.of(children));
  }

  /** 政府服務獎-like: five dimensions of two items each, no points. */
  private static Framework gsa(String... dimensionWeights) {
    List<FrameworkNode> dimensions = new java.util.ArrayList<>();
    for (int d = 1; d <= 5; d++) {
      String p = "0" + d;
      dimensions.add(
          node(
              p,
              NodeKind.DIMENSION,
              null,
              dimensionWeights[d - 1],
              node(p + ".01", NodeKind.ITEM, null, null),
              node(p + ".02", NodeKind.ITEM, null, null)));
    }
    return new Framework("T", new BilingualText("t", "t"), "", null, dimensions);
  }

  private static final Map<String, BigDecimal> ITEMS =
      Map.of(
          "01.01", n(80), "01.02", n(90), "02.01", n(70), "02.02", n(90), "03.01", n(60), "03.02",
          n(70), "04.01", n(100), "04.02", n(90), "05.01", n(75), "05.02", n(85));

  private static BigDecimal n(int v) {
    return BigDecimal.valueOf(v);
  }

  @Test
  void theAdministratorsWeightsWeighTheDimensionsWhenEveryOneHasAWeight() {
    // dimensions 85, 80, 65, 95, 80 weighted 30/25/15/20/10:
    // 25.5 + 20 + 9.75 + 19 + 8 = 82.25
    Map<String, BigDecimal> results =
        new ScoreTotals(gsa("30", "25", "15", "20", "10")).results(ITEMS);
    assertThat(results.get("02")).isEqualByComparingTo("80");
    assertThat(results.get("")).isEqualByComparingTo("82.25");
  }

  @Test
  void withAWeightMissingOnOneSiblingAllWeighTheSame() {
    Map<String, BigDecimal> results =
        new ScoreTotals(gsa("30", null, "15", "20", "10")).results(ITEMS);
    assertThat(results.get("")).isEqualByComparingTo("81.00");
  }

  @Test
  void unscoredChildrenAreLeftOutAndTheRestReweighed() {
    Map<String, BigDecimal> results =
        new ScoreTotals(gsa("30", "25", "15", "20", "10"))
            .results(Map.of("01.01", n(80), "04.02", n(90)));
    // 01 = 80 (weight 30), 04 = 90 (weight 20): (2400 + 1800) / 50 = 84
    assertThat(results.get("")).isEqualByComparingTo("84.00");
    assertThat(results).doesNotContainKey("02");
  }

  @Test
  void theMeanOfTheReviewersIsRoundedHalfUpToTwoDecimals() {
    java.time.Instant at = java.time.Instant.EPOCH;
    Map<String, BigDecimal> means =
        ScoreTotals.itemMeans(
            List.of(
                new Score("01.01", ScoreKind.REVIEW, "a", n(70), null, at),
                new Score("01.01", ScoreKind.REVIEW, "b", n(71), null, at),
                new Score("01.01", ScoreKind.REVIEW, "c", n(71), null, at),
                new Score("01.01", ScoreKind.SELF, "d", n(10), null, at)),
            ScoreKind.REVIEW);
    assertThat(means.get("01.01")).isEqualByComparingTo("70.67");
  }
}
