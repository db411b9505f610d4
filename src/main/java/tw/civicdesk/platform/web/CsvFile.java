// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV export as every console and staff API download writes it: RFC 4180 lines ending in CRLF,
 * UTF-8 with a byte-order mark so that Excel shows Chinese correctly, every cell that a spreadsheet
 * would take for a formula made inert with a leading apostrophe (CSV injection: a cell starting
 * with {@code = + - @}, their full-width forms {@code ＝ ＋ － ＠}, which some spreadsheets read as the
 * half-width ones, or a tab or carriage return, behind which a spreadsheet may find a formula), and
 * served as an attachment no cache keeps.
 */
public final class CsvFile {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** The characters that make a spreadsheet read a cell as a formula when they come first. */
  private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  private final StringBuilder out = new StringBuilder("\uFEFF");

  /** A file that starts with the header line {@code header}. */
  public CsvFile(List<String> header) {
    line(header);
  }

  /** Appends one line of {@code cells}. */
  public CsvFile line(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = inert(cells.get(i));
      boolean quote =
          cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
      out.append(i == 0 ? "" : ",").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
    }
    out.append("\r\n");
    return this;
  }

  /** The file's bytes, UTF-8 with the byte-order mark. */
  public byte[] bytes() {
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The file as a download named {@code fileName} (RFC 6266, UTF-8), kept by no cache. */
  public ResponseEntity<byte[]> download(String fileName) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .cacheControl(CacheControl.noStore().cachePrivate())
        .contentType(CSV)
        .body(bytes());
  }

  /** {@code cell}, with an apostrophe in front when a spreadsheet would read it as a formula. */
  static String inert(String cell) {
    return cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 ? cell : "'" + cell;
  }
}
