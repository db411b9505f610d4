// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The suppression of a two-way table with its margins, on random tables: no count 1 or 2 is
 * published, every line with a suppressed entry has at least two, and no suppressed entry can be
 * solved for from the published entries and the tables' equations — checked here by linear algebra
 * (rank), independently of the algorithm's own graph reasoning.
 */
class CellSuppressionTests {

  private static final int K = 3;

  @Provide
  Arbitrary<long[][]> tables() {
    return Arbitraries.integers()
        .between(1, 6)
        .flatMap(
            rows ->
                Arbitraries.integers()
                    .between(1, 6)
                    .flatMap(
                        cols ->
                            Arbitraries.frequencyOf(
                                    net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 0)),
                                    net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 2)),
                                    net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(3, 40)))
                                .array(long[].class)
                                .ofSize(cols)
                                .array(long[][].class)
                                .ofSize(rows)));
  }

  @Property(tries = 1500)
  void noSuppressedCountCanBeRecoveredAndNoSmallCountIsPublished(@ForAll("tables") long[][] cells) {
    double[][] table = augmented(cells);
    boolean[][] hidden = CellSuppression.suppress(table, primary(table));
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table[0].length; j++) {
        if (!hidden[i][j]) {
          assertThat(table[i][j]).as("published entry").matches(v -> v == 0 || v >= K);
        }
      }
    }
    assertThat(linesWithOne(hidden)).as("lines with exactly one suppressed entry").isZero();
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table[0].length; j++) {
        if (hidden[i][j]) {
          assertThat(determined(hidden, i, j))
              .as("entry %d,%d solvable from the margins of %s", i, j, show(cells))
              .isFalse();
        }
      }
    }
  }

  @Property(tries = 300)
  void theTotalsStayTheSumsOfTheirCells(@ForAll("tables") long[][] cells) {
    double[][] table = augmented(cells);
    CellSuppression.suppress(table, primary(table));
    int r = cells.length;
    int c = cells[0].length;
    double grand = 0;
    for (int i = 0; i < r; i++) {
      double row = 0;
      for (int j = 0; j < c; j++) {
        row += table[i][j];
      }
      assertThat(table[i][c]).isEqualTo(row);
      grand += row;
    }
    assertThat(table[r][c]).isEqualTo(grand);
  }

  @Example
  void aDumbbellOfTwoSuppressedSquaresJoinedByOneCellIsBrokenUp() {
    // Rows 0-1 × cols 0-1 and rows 2-3 × cols 2-3 suppressed, joined by (0,2): without step 2 the
    // joining cell would equal rows 0+1 minus columns 0+1 of the residues.
    double[][] table =
        augmented(
            new long[][] {
              {1, 1, 1, 9}, {1, 1, 9, 9}, {9, 9, 1, 1}, {9, 9, 1, 1},
            });
    boolean[][] hidden = CellSuppression.suppress(table, primary(table));
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table[0].length; j++) {
        if (hidden[i][j]) {
          assertThat(determined(hidden, i, j)).isFalse();
        }
      }
    }
  }

  @Example
  void theRankCheckSeesARecoverableCell() {
    // One suppressed cell in a row: the check itself must find it solvable, or it proves nothing.
    boolean[][] hidden = new boolean[3][3];
    hidden[0][0] = true;
    assertThat(determined(hidden, 0, 0)).isTrue();
    hidden[0][1] = true;
    hidden[1][0] = true;
    hidden[1][1] = true;
    assertThat(determined(hidden, 0, 0)).isFalse();
  }

  static double[][] augmented(long[][] cells) {
    int r = cells.length;
    int c = cells[0].length;
    double[][] t = new double[r + 1][c + 1];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        t[i][j] = cells[i][j];
        t[i][c] += cells[i][j];
        t[r][j] += cells[i][j];
        t[r][c] += cells[i][j];
      }
    }
    return t;
  }

  static boolean[][] primary(double[][] t) {
    boolean[][] p = new boolean[t.length][t[0].length];
    for (int i = 0; i < t.length; i++) {
      for (int j = 0; j < t[0].length; j++) {
        p[i][j] = t[i][j] > 0 && t[i][j] < K;
      }
    }
    return p;
  }

  private static int linesWithOne(boolean[][] s) {
    int bad = 0;
    for (boolean[] row : s) {
      int n = 0;
      for (boolean b : row) {
        n += b ? 1 : 0;
      }
      bad += n == 1 ? 1 : 0;
    }
    for (int j = 0; j < s[0].length; j++) {
      int n = 0;
      for (boolean[] row : s) {
        n += row[j] ? 1 : 0;
      }
      bad += n == 1 ? 1 : 0;
    }
    return bad;
  }

  /**
   * Whether the unknown entry (i, j) is fixed by the equations "each line's last entry is the sum
   * of the others" restricted to the unknowns: it is iff removing its column from the system's
   * matrix lowers the rank (no solution of the homogeneous system moves it).
   */
  static boolean determined(boolean[][] hidden, int row, int col) {
    List<int[]> unknowns = new ArrayList<>();
    for (int i = 0; i < hidden.length; i++) {
      for (int j = 0; j < hidden[0].length; j++) {
        if (hidden[i][j]) {
          unknowns.add(new int[] {i, j});
        }
      }
    }
    int lines = hidden.length + hidden[0].length;
    double[][] a = new double[lines][unknowns.size()];
    int target = -1;
    for (int u = 0; u < unknowns.size(); u++) {
      int i = unknowns.get(u)[0];
      int j = unknowns.get(u)[1];
      a[i][u] = j == hidden[0].length - 1 ? -1 : 1;
      a[hidden.length + j][u] = i == hidden.length - 1 ? -1 : 1;
      if (i == row && j == col) {
        target = u;
      }
    }
    return rank(a, -1) > rank(a, target);
  }

  private static int rank(double[][] source, int without) {
    int rows = source.length;
    List<double[]> m = new ArrayList<>();
    for (double[] r : source) {
      double[] copy = new double[r.length];
      for (int x = 0; x < r.length; x++) {
        copy[x] = x == without ? 0 : r[x];
      }
      m.add(copy);
    }
    int rank = 0;
    int cols = rows == 0 ? 0 : source[0].length;
    for (int c = 0; c < cols && rank < rows; c++) {
      int pivot = -1;
      for (int r = rank; r < rows; r++) {
        if (Math.abs(m.get(r)[c]) > 1e-9
            && (pivot < 0 || Math.abs(m.get(r)[c]) > Math.abs(m.get(pivot)[c]))) {
          pivot = r;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] p = m.get(pivot);
      m.set(pivot, m.get(rank));
      m.set(rank, p);
      for (int r = 0; r < rows; r++) {
        if (r != rank && Math.abs(m.get(r)[c]) > 1e-9) {
          double f = m.get(r)[c] / p[c];
          for (int x = 0; x < cols; x++) {
            m.get(r)[x] -= f * p[x];
          }
        }
      }
      rank++;
    }
    return rank;
  }

  private static String show(long[][] cells) {
    StringBuilder b = new StringBuilder();
    for (long[] r : cells) {
      b.append(java.util.Arrays.toString(r));
    }
    return b.toString();
  }
}
