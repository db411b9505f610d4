// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The aggregated cells of one value of a dataset's key fields (e.g. one agency) for one period.
 *
 * @param key the values of the dataset's key fields, in their order
 * @param cells the cells that have anything counted; a row and column pair at most once
 */
public record Block(List<String> key, List<Cell> cells) {

  public Block {
    key = List.copyOf(key);
    cells = List.copyOf(cells);
  }

  /**
   * One cell.
   *
   * @param row the row field's value, never {@value Dataset#TOTAL}
   * @param column the column field's value, never {@value Dataset#TOTAL}
   * @param values per measure name: a count's count, a rate's numerator (a count), a mean's sum
   */
  public record Cell(String row, String column, Map<String, BigDecimal> values) {

    public Cell {
      if (Dataset.TOTAL.equals(row) || Dataset.TOTAL.equals(column)) {
        throw new IllegalArgumentException("TOTAL is the open-data module's own mark");
      }
      values = Map.copyOf(values);
    }
  }
}
