// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * An open dataset's definition. Its published rows are one per cell and per total: the period, the
 * key fields (e.g. agency), the row field and the column field of a two-way table (e.g. service ×
 * channel), then the measures; {@value #TOTAL} in the row or column field marks a total over it.
 *
 * @param id the fixed id, e.g. {@code cases-monthly}: lower case letters, digits and dashes
 * @param title the title (資料集名稱) in both languages
 * @param description the description (資料集描述) in both languages
 * @param periodicity how often a period closes (更新頻率)
 * @param keys the fields each block is for, e.g. {@code agency}
 * @param row the row field of each block's table
 * @param column the column field of each block's table
 * @param measures the measures of each cell, counts first
 */
public record Dataset(
    String id,
    BilingualText title,
    BilingualText description,
    Periodicity periodicity,
    List<Field> keys,
    Field row,
    Field column,
    List<Measure> measures) {

  /** The formats every dataset is served in, as file extensions. */
  public static final List<String> FORMATS = List.of("csv", "json", "ods");

  /** The value of the row or column field on a total row. */
  public static final String TOTAL = "TOTAL";

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Dataset {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a dataset id is lower case words joined by dashes");
    }
    keys = List.copyOf(keys);
    measures = List.copyOf(measures);
    for (Measure m : measures) {
      if (m.over() != null
          && measures.stream().noneMatch(o -> o.name().equals(m.over()) && o.isCount())) {
        throw new IllegalArgumentException(m.name() + " is over a count the dataset lacks");
      }
    }
  }

  /** Every column of a published row, with its description (主要欄位說明), in order. */
  public List<Field> fields() {
    List<Field> all = new ArrayList<>();
    all.add(new Field("period", periodicity.fieldDescription()));
    all.addAll(keys);
    all.add(row);
    all.add(column);
    measures.forEach(m -> all.add(new Field(m.name(), m.description())));
    all.add(
        new Field(
            "suppressed",
            new BilingualText(
                "因少於最小公開件數或為避免反推而不公開之欄位名稱，以分號分隔；該欄位留空",
                "The measures left out because they are below the smallest count published, or"
                    + " so that none can be worked out from the totals, separated by semicolons;"
                    + " those cells are empty")));
    return all;
  }

  /** The measure named {@code name}. */
  public Measure measure(String name) {
    return measures.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(Objects.requireNonNull(name)));
  }
}
