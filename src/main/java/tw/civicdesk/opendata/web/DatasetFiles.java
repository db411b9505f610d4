// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.opendata.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.opendata.Dataset;
import tw.civicdesk.opendata.Field;
import tw.civicdesk.opendata.Licence;
import tw.civicdesk.opendata.Snapshot;
import tw.civicdesk.platform.web.CsvFile;
import tw.civicdesk.platform.web.OdsFile;

/**
 * A snapshot as files (ADR 0067): one header row of the dataset's field names, then one row per
 * published row. A suppressed value is an empty cell (CSV, ODS) or {@code null} (JSON), and the
 * {@code suppressed} column names it. CSV is UTF-8 with a byte-order mark and CRLF line ends by
 * default (what Excel on Windows needs, DOMAIN.md §6), or without the mark on request.
 */
final class DatasetFiles {

  /** The formats served, as file extensions. */
  static final List<String> FORMATS = Dataset.FORMATS;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DatasetFiles() {}

  /** The header: every field's name, in order. */
  public static List<String> header(Dataset dataset) {
    return dataset.fields().stream().map(Field::name).toList();
  }

  /** The cells of one published row as text, suppressed values empty. */
  public static List<String> cells(Snapshot snapshot, Snapshot.Row row) {
    List<String> cells = new ArrayList<>();
    cells.add(snapshot.period());
    cells.addAll(row.labels());
    row.values().forEach(v -> cells.add(v == null ? "" : v.toPlainString()));
    cells.add(String.join(";", row.suppressed()));
    return cells;
  }

  /** The CSV: UTF-8, CRLF, with the byte-order mark when {@code bom}. */
  public static byte[] csv(Dataset dataset, Snapshot snapshot, boolean bom) {
    CsvFile file = new CsvFile(header(dataset));
    snapshot.rows().forEach(r -> file.line(cells(snapshot, r)));
    byte[] bytes = file.bytes();
    return bom ? bytes : Arrays.copyOfRange(bytes, 3, bytes.length);
  }

  /** The ODS: one sheet named for the dataset and period, numbers as numbers. */
  public static byte[] ods(Dataset dataset, Snapshot snapshot) {
    OdsFile file = new OdsFile().sheet(snapshot.period(), header(dataset));
    for (Snapshot.Row r : snapshot.rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(snapshot.period());
      cells.addAll(r.labels());
      cells.addAll(r.values());
      cells.add(String.join(";", r.suppressed()));
      file.row(cells);
    }
    return file.bytes();
  }

  /**
   * The JSON: {@code dataset}, {@code period}, {@code updated}, {@code licence}, {@code fields}
   * (name and description in both languages) and {@code rows}, each an object of field name to
   * value (numbers as numbers, suppressed ones {@code null}) with {@code suppressed} a list.
   */
  public static byte[] json(Dataset dataset, Snapshot snapshot) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("dataset", dataset.id());
    doc.put("period", snapshot.period());
    doc.put("updated", snapshot.built().toString());
    doc.put("licence", Licence.SPDX);
    doc.put(
        "fields",
        dataset.fields().stream()
            .map(
                f ->
                    Map.of(
                        "name", f.name(),
                        "description",
                            Map.of("zh-TW", f.description().zh(), "en", f.description().en())))
            .toList());
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> names = header(dataset);
    for (Snapshot.Row r : snapshot.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(names.get(0), snapshot.period());
      int i = 1;
      for (String label : r.labels()) {
        row.put(names.get(i++), label);
      }
      for (BigDecimal v : r.values()) {
        row.put(names.get(i++), v);
      }
      row.put("suppressed", r.suppressed());
      rows.add(row);
    }
    doc.put("rows", rows);
    return JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
  }
}
