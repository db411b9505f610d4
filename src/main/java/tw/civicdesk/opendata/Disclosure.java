// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns a dataset's aggregated blocks into its published rows (ADR 0066), a pure function. Each
 * block is a two-way table (row field × column field) with its totals: row totals, column totals
 * and the block's grand total are published as rows marked {@value Dataset#TOTAL}; nothing adds up
 * across blocks (no total over all agencies is published).
 *
 * <ul>
 *   <li>A count is suppressed when it is 1 to k − 1 (primary), then complementarily ({@link
 *       CellSuppression}); 0 is published.
 *   <li>A rate's numerator is never published but can be worked out from the rate and its
 *       denominator, so it is suppressed as a table of its own: primary where the denominator is
 *       suppressed or 1 to k − 1, or the numerator or the rest (denominator − numerator) is 1 to k
 *       − 1; then complementarily. A rate is published where neither is suppressed.
 *   <li>A mean's sum is suppressed the same way, primary where its count is suppressed or 1 to k −
 *       1.
 * </ul>
 */
public final class Disclosure {

  private Disclosure() {}

  /**
   * The published rows of {@code blocks} of {@code dataset} with {@code k} the smallest count
   * published (at least 2).
   */
  public static List<Snapshot.Row> publish(Dataset dataset, List<Block> blocks, int k) {
    if (k < 2) {
      throw new IllegalArgumentException("k is at least 2");
    }
    List<Snapshot.Row> out = new ArrayList<>();
    for (Block block : blocks) {
      if (block.cells().isEmpty()) {
        continue;
      }
      out.addAll(new Grid(dataset, block, k).rows());
    }
    return out;
  }

  /** One block laid out as augmented tables, one per measure. */
  private static final class Grid {

    private final Dataset dataset;
    private final Block block;
    private final int k;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final Map<String, double[][]> values = new HashMap<>();
    private final Map<String, boolean[][]> hidden = new HashMap<>();

    Grid(Dataset dataset, Block block, int k) {
      this.dataset = dataset;
      this.block = block;
      this.k = k;
      this.rowLabels =
          new ArrayList<>(new TreeSet<>(block.cells().stream().map(Block.Cell::row).toList()));
      this.columnLabels =
          new ArrayList<>(new TreeSet<>(block.cells().stream().map(Block.Cell::column).toList()));
      for (Measure m : dataset.measures()) {
        values.put(m.name(), augmented(m.name()));
      }
      dataset.measures().stream().filter(Measure::isCount).forEach(this::suppress);
      dataset.measures().stream().filter(m -> !m.isCount()).forEach(this::suppress);
    }

    private double[][] augmented(String measure) {
      int r = rowLabels.size();
      int c = columnLabels.size();
      double[][] t = new double[r + 1][c + 1];
      for (Block.Cell cell : block.cells()) {
        BigDecimal v = cell.values().get(measure);
        double x = v == null ? 0 : v.doubleValue();
        int i = rowLabels.indexOf(cell.row());
        int j = columnLabels.indexOf(cell.column());
        t[i][j] += x;
        t[i][c] += x;
        t[r][j] += x;
        t[r][c] += x;
      }
      return t;
    }

    private void suppress(Measure m) {
      double[][] v = values.get(m.name());
      double[][] den = m.isCount() ? v : values.get(m.over());
      boolean[][] denHidden = m.isCount() ? null : hidden.get(m.over());
      boolean[][] primary = new boolean[v.length][v[0].length];
      boolean[][] useful = new boolean[v.length][v[0].length];
      for (int i = 0; i < v.length; i++) {
        for (int j = 0; j < v[0].length; j++) {
          boolean denSuppressed = denHidden != null && denHidden[i][j];
          primary[i][j] =
              switch (m.kind()) {
                case COUNT -> small(v[i][j]);
                case RATE ->
                    denSuppressed
                        || small(den[i][j])
                        || small(v[i][j])
                        || small(den[i][j] - v[i][j]);
                case MEAN -> denSuppressed || small(den[i][j]);
              };
          useful[i][j] = m.isCount() || den[i][j] > 0 || denSuppressed;
        }
      }
      hidden.put(m.name(), CellSuppression.suppress(v, primary, useful));
    }

    private boolean small(double count) {
      return count > 0 && count < k;
    }

    List<Snapshot.Row> rows() {
      int r = rowLabels.size();
      int c = columnLabels.size();
      List<Snapshot.Row> out = new ArrayList<>();
      for (int i = 0; i <= r; i++) {
        for (int j = 0; j <= c; j++) {
          boolean redundant = (i < r && j == c && c == 1) || (i == r && j < c && r == 1);
          Snapshot.Row row = row(i, j);
          boolean empty =
              row.suppressed().isEmpty()
                  && row.values().stream().allMatch(x -> x == null || x.signum() == 0);
          if (!redundant && !(empty && i < r && j < c)) {
            out.add(row);
          }
        }
      }
      return out;
    }

    private Snapshot.Row row(int i, int j) {
      List<String> labels = new ArrayList<>(block.key());
      labels.add(i == rowLabels.size() ? Dataset.TOTAL : rowLabels.get(i));
      labels.add(j == columnLabels.size() ? Dataset.TOTAL : columnLabels.get(j));
      List<@Nullable BigDecimal> published = new ArrayList<>();
      List<String> suppressed = new ArrayList<>();
      for (Measure m : dataset.measures()) {
        boolean off = hidden.get(m.name())[i][j];
        double v = values.get(m.name())[i][j];
        double den = m.isCount() ? 1 : values.get(m.over())[i][j];
        if (off) {
          suppressed.add(m.name());
        }
        published.add(off || den == 0 ? null : value(m, v, den));
      }
      return new Snapshot.Row(labels, published, suppressed);
    }

    private static BigDecimal value(Measure m, double v, double den) {
      BigDecimal x = BigDecimal.valueOf(v);
      return switch (m.kind()) {
        case COUNT -> x.setScale(0, RoundingMode.HALF_UP);
        case RATE ->
            x.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(den), 1, RoundingMode.HALF_UP);
        case MEAN -> x.divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP);
      };
    }
  }
}
