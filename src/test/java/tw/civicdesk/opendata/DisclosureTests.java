// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A dataset's blocks turned into published rows, on random case sets: no count 1 to k − 1 is
 * published, a rate or a mean only over k or more, the published totals are the exact sums, and
 * every row and column of a block with a left-out count has at least two left out.
 */
class DisclosureTests {

  private static final int K = 3;
  private static final BilingualText X = new BilingualText("說明", "description");
  private static final Dataset DATASET =
      new Dataset(
          "test-set",
          X,
          X,
          Periodicity.MONTHLY,
          List.of(new Field("agency", X)),
          new Field("service", X),
          new Field("channel", X),
          List.of(
              Measure.count("received", X),
              Measure.count("decided", X),
              Measure.rate("on_time_rate", X, "decided"),
              Measure.mean("mean_days", X, "decided")));

  /** One random case: its service, channel, whether decided, on time, and its days. */
  record Case(int service, int channel, boolean decided, boolean onTime, int days) {}

  @Provide
  Arbitrary<List<Case>> cases() {
    Arbitrary<Case> one =
        net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(true, true, false),
                Arbitraries.of(true, true, true, false),
                Arbitraries.integers().between(1, 20))
            .as(Case::new);
    return one.list().ofMinSize(1).ofMaxSize(80);
  }

  static List<Block.Cell> cells(List<Case> cases) {
    Map<String, long[]> sums = new HashMap<>();
    for (Case c : cases) {
      long[] s = sums.computeIfAbsent(c.service() + "/" + c.channel(), k -> new long[4]);
      s[0]++;
      if (c.decided()) {
        s[1]++;
        s[2] += c.onTime() ? 1 : 0;
        s[3] += c.days();
      }
    }
    List<Block.Cell> cells = new ArrayList<>();
    sums.forEach(
        (key, s) ->
            cells.add(
                new Block.Cell(
                    "S" + key.split("/")[0],
                    "C" + key.split("/")[1],
                    Map.of(
                        "received", BigDecimal.valueOf(s[0]),
                        "decided", BigDecimal.valueOf(s[1]),
                        "on_time_rate", BigDecimal.valueOf(s[2]),
                        "mean_days", BigDecimal.valueOf(s[3])))));
    return cells;
  }

  @Property(tries = 500)
  void noSmallCountAndNoRateOrMeanOverFewerThanKIsPublished(@ForAll("cases") List<Case> cases) {
    List<Snapshot.Row> rows =
        Disclosure.publish(DATASET, List.of(new Block(List.of("A"), cells(cases))), K);
    for (Snapshot.Row r : rows) {
      for (int m = 0; m < 2; m++) {
        BigDecimal v = r.values().get(m);
        assertThat(v == null || v.signum() == 0 || v.longValue() >= K).as(r.toString()).isTrue();
      }
      BigDecimal decided = r.values().get(1);
      if (r.values().get(2) != null || r.values().get(3) != null) {
        assertThat(decided).as("a rate or mean with its count published: " + r).isNotNull();
        assertThat(decided.longValue()).as(r.toString()).isGreaterThanOrEqualTo(K);
      }
    }
    long total = cases.size();
    Snapshot.Row grand =
        rows.stream()
            .filter(r -> r.labels().get(1).equals("TOTAL") && r.labels().get(2).equals("TOTAL"))
            .findFirst()
            .orElse(null);
    if (grand != null && grand.values().get(0) != null) {
      assertThat(grand.values().get(0).longValue()).isEqualTo(total);
    }
  }

  @Property(tries = 500)
  void everyLineOfABlockWithALeftOutCountHasTwo(@ForAll("cases") List<Case> cases) {
    List<Snapshot.Row> rows =
        Disclosure.publish(DATASET, List.of(new Block(List.of("A"), cells(cases))), K);
    // With one row (or column) its total mirrors each cell, so the file leaves that copy out:
    // the lines along the single row (column) are then not in the file to count.
    long services = cases.stream().map(Case::service).distinct().count();
    long channels = cases.stream().map(Case::channel).distinct().count();
    for (String measure : List.of("received", "decided", "on_time_rate")) {
      Map<String, Integer> perLine = new HashMap<>();
      for (Snapshot.Row r : rows) {
        if (r.suppressed().contains(measure)) {
          String row = r.labels().get(1);
          String col = r.labels().get(2);
          if (channels > 1 && (services > 1 || !row.equals(Dataset.TOTAL))) {
            perLine.merge("row:" + row, 1, Integer::sum);
          }
          if (services > 1 && (channels > 1 || !col.equals(Dataset.TOTAL))) {
            perLine.merge("col:" + col, 1, Integer::sum);
          }
        }
      }
      assertThat(perLine.values()).as(measure + " " + perLine).allMatch(n -> n >= 2);
    }
  }

  @Example
  void aRateIsLeftOutWhenOneCaseWasLateEvenOverManyDecided() {
    List<Block.Cell> cells =
        List.of(
            new Block.Cell("S1", "C1", values(10, 10, 9)),
            new Block.Cell("S1", "C2", values(10, 10, 10)),
            new Block.Cell("S2", "C1", values(10, 10, 10)),
            new Block.Cell("S2", "C2", values(10, 10, 10)));
    List<Snapshot.Row> rows =
        Disclosure.publish(DATASET, List.of(new Block(List.of("A"), cells)), K);
    Snapshot.Row late = rows.get(0);
    assertThat(late.labels()).containsExactly("A", "S1", "C1");
    assertThat(late.values().get(1)).isEqualByComparingTo("10");
    assertThat(late.values().get(2)).as("9 of 10 on time tells of the one late case").isNull();
    assertThat(late.suppressed()).contains("on_time_rate");
    assertThat(rows.stream().filter(r -> r.suppressed().contains("on_time_rate")).count())
        .as("the rate's row and column each lose another")
        .isGreaterThanOrEqualTo(4);
  }

  private static Map<String, BigDecimal> values(long received, long decided, long onTime) {
    return Map.of(
        "received", BigDecimal.valueOf(received),
        "decided", BigDecimal.valueOf(decided),
        "on_time_rate", BigDecimal.valueOf(onTime),
        "mean_days", BigDecimal.valueOf(decided * 3));
  }
}
