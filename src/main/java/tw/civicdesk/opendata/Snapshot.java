// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One period of a dataset as published: small counts already suppressed, stored once built so that
 * the period's files stay the same until it is rebuilt.
 *
 * @param dataset the dataset's id
 * @param period the period's label, e.g. {@code 2026-11}
 * @param built when it was built ({@code updated} in the API, {@code dct:modified})
 * @param rows the published rows: cells, then totals
 */
public record Snapshot(String dataset, String period, Instant built, List<Row> rows) {

  public Snapshot {
    rows = List.copyOf(rows);
  }

  /**
   * One published row.
   *
   * @param labels the values of the key fields, the row field and the column field, in order
   * @param values one per measure, in the dataset's order; {@code null} when suppressed or when
   *     there is nothing to compute it from (a rate of no cases)
   * @param suppressed the names of the measures left out for disclosure control
   */
  public record Row(
      List<String> labels, List<@Nullable BigDecimal> values, List<String> suppressed) {

    public Row {
      labels = List.copyOf(labels);
      values = Collections.unmodifiableList(new ArrayList<>(values));
      suppressed = List.copyOf(suppressed);
    }

    /** Whether the row is a total over the row or the column field. */
    @JsonIgnore
    public boolean isTotal() {
      int n = labels.size();
      return Dataset.TOTAL.equals(labels.get(n - 1)) || Dataset.TOTAL.equals(labels.get(n - 2));
    }
  }
}
