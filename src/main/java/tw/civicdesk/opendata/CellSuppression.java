// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.IntStream;

/**
 * Small-cell suppression of one two-way table with its margins (ADR 0066), a pure function.
 *
 * <p>The input is the <em>augmented</em> table: {@code r + 1} rows of {@code c + 1} entries, the
 * last column holding each row's total, the last row each column's total and the corner the grand
 * total. Every row and every column of it (a <em>line</em>) is one linear equation: its last entry
 * is the sum of the others. Given which entries must be hidden for their own sake (primary
 * suppression, e.g. counts 1 to k − 1), {@link #suppress} adds complementary suppressions until
 *
 * <ol>
 *   <li>every line holds no suppressed entry or at least two (so no equation has a single unknown);
 *       a line with one takes the smallest other entry above zero, else the smallest other entry;
 *   <li>no suppressed entry is a <em>bridge</em> of the bipartite graph whose nodes are the lines
 *       and whose edges are the suppressed entries: an entry on no cycle is fixed by the equations
 *       (the two sides it joins each sum to a known value), so it takes a partner, the smallest
 *       entry joining a row of one side to a column of the other, which closes a cycle through it.
 * </ol>
 *
 * Both steps repeat until neither adds anything. Then every suppressed entry lies on a cycle, so
 * adding +d, −d alternately around the cycle changes it while every published entry and every
 * equation stays as it was: no suppressed entry can be solved for exactly from what is published.
 * The residual risk, bounds (a count is at least 0 and at most its line's residue), is in ADR 0066.
 */
public final class CellSuppression {

  private CellSuppression() {}

  /**
   * The entries to leave out of the augmented table {@code values}: those {@code primary} marks and
   * the complementary ones the algorithm adds. Neither argument is changed.
   *
   * @param values the augmented table, rectangular, at least 2 × 2 (one cell with its totals)
   * @param primary the entries hidden for their own sake, of the same shape
   * @return the entries to leave out, a superset of {@code primary}
   */
  public static boolean[][] suppress(double[][] values, boolean[][] primary) {
    boolean[][] all = new boolean[values.length][values[0].length];
    for (boolean[] row : all) {
      Arrays.fill(row, true);
    }
    return suppress(values, primary, all);
  }

  /**
   * As {@link #suppress(double[][], boolean[][])}, taking complementary entries among those {@code
   * useful} marks first: a rate's numerator whose published denominator is 0 is known to be 0, so
   * hiding it protects nothing; others are taken only where no useful one is left.
   */
  public static boolean[][] suppress(double[][] values, boolean[][] primary, boolean[][] useful) {
    int rows = values.length;
    int cols = values[0].length;
    if (rows < 2 || cols < 2 || primary.length != rows || primary[0].length != cols) {
      throw new IllegalArgumentException("an augmented table of at least 2 x 2 of one shape");
    }
    boolean[][] out = new boolean[rows][];
    for (int i = 0; i < rows; i++) {
      out[i] = Arrays.copyOf(primary[i], cols);
    }
    Table table = new Table(values, useful);
    boolean changed = true;
    while (changed) {
      changed = lines(table, out);
      changed |= bridges(table, out);
    }
    return out;
  }

  /** The values with which entries are useful complements. */
  private record Table(double[][] v, boolean[][] useful) {

    /** Whether entry (i, j) is a better complement than entry (bi, bj), or the first one seen. */
    boolean better(int i, int j, int bi, int bj) {
      if (bi < 0) {
        return true;
      }
      if (useful[i][j] != useful[bi][bj]) {
        return useful[i][j];
      }
      boolean positive = v[i][j] > 0;
      if (positive != v[bi][bj] > 0) {
        return positive;
      }
      return v[i][j] < v[bi][bj];
    }
  }

  /** Step 1 to its fixed point: no line with exactly one suppressed entry. */
  private static boolean lines(Table t, boolean[][] s) {
    double[][] v = t.v();
    boolean any = false;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < v.length; i++) {
        int[] only = single(s, i, -1);
        if (only != null) {
          mark(t, s, new int[] {i}, allBut(v[0].length, only[1]));
          changed = true;
        }
      }
      for (int j = 0; j < v[0].length; j++) {
        int[] only = single(s, -1, j);
        if (only != null) {
          mark(t, s, allBut(v.length, only[0]), new int[] {j});
          changed = true;
        }
      }
      any |= changed;
    }
    return any;
  }

  /** The one suppressed entry of row {@code row} (or column {@code col}), or null. */
  private static int[] single(boolean[][] s, int row, int col) {
    int[] found = null;
    int n = row >= 0 ? s[0].length : s.length;
    for (int x = 0; x < n; x++) {
      int i = row >= 0 ? row : x;
      int j = row >= 0 ? x : col;
      if (s[i][j]) {
        if (found != null) {
          return null;
        }
        found = new int[] {i, j};
      }
    }
    return found;
  }

  private static int[] allBut(int n, int skip) {
    return IntStream.range(0, n).filter(x -> x != skip).toArray();
  }

  /** Suppresses the smallest unsuppressed entry (above zero first) among rows × cols. */
  private static void mark(Table t, boolean[][] s, int[] rows, int[] cols) {
    int bi = -1;
    int bj = -1;
    for (int i : rows) {
      for (int j : cols) {
        if (!s[i][j] && t.better(i, j, bi, bj)) {
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) {
      throw new IllegalStateException("no entry left to suppress");
    }
    s[bi][bj] = true;
  }

  /** Step 2, once: gives the first bridge found a partner; whether it added one. */
  private static boolean bridges(Table t, boolean[][] s) {
    double[][] v = t.v();
    for (int i = 0; i < v.length; i++) {
      for (int j = 0; j < v[0].length; j++) {
        if (s[i][j]) {
          s[i][j] = false;
          boolean[] rowSide = reach(s, i);
          boolean[] colSide = reach(s, v.length + j);
          s[i][j] = true;
          if (!rowSide[v.length + j]) {
            partner(t, s, rowSide, colSide);
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The line nodes reachable from node {@code start} through suppressed entries: index {@code i}
   * for row i, {@code rows + j} for column j.
   */
  private static boolean[] reach(boolean[][] s, int start) {
    int rows = s.length;
    int cols = s[0].length;
    boolean[] seen = new boolean[rows + cols];
    Deque<Integer> todo = new ArrayDeque<>();
    seen[start] = true;
    todo.push(start);
    while (!todo.isEmpty()) {
      int node = todo.pop();
      for (int other = 0; other < (node < rows ? cols : rows); other++) {
        int i = node < rows ? node : other;
        int j = node < rows ? other : node - rows;
        int next = node < rows ? rows + other : other;
        if (s[i][j] && !seen[next]) {
          seen[next] = true;
          todo.push(next);
        }
      }
    }
    return seen;
  }

  /**
   * Suppresses the smallest entry joining a row of one side of a bridge to a column of the other
   * (one exists: each end of the bridge has another suppressed entry after step 1).
   */
  private static void partner(Table t, boolean[][] s, boolean[] one, boolean[] other) {
    double[][] v = t.v();
    int rows = v.length;
    int bi = -1;
    int bj = -1;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < v[0].length; j++) {
        boolean crosses = one[i] && other[rows + j] || other[i] && one[rows + j];
        if (crosses && !s[i][j] && t.better(i, j, bi, bj)) {
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) {
      throw new IllegalStateException("no entry closes a cycle");
    }
    s[bi][bj] = true;
  }
}
