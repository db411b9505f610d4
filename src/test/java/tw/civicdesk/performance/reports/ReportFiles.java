// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a downloaded report, whichever its kind, for tests outside this package. */
public final class ReportFiles {

  private ReportFiles() {}

  /** The text of {@code file}: the content.xml of an ODT or ODS, the extracted text of a PDF. */
  public static String text(String extension, byte[] file) throws IOException {
    if (extension.endsWith("pdf")) {
      try (PDDocument doc = Loader.loadPDF(file)) {
        return new PDFTextStripper().getText(doc);
      }
    }
    ReportDocumentsTests.mimetype(file);
    return new String(ReportDocumentsTests.unzip(file).get("content.xml"), StandardCharsets.UTF_8);
  }
}
