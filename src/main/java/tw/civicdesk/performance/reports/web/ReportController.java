// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.reports.YearReports;
import tw.civicdesk.platform.web.FileDownloads;

/**
 * The year's performance report of a plan as downloads — {@code report.odt}, {@code report.pdf} and
 * {@code report.ods} (the tables) — for staff who may read the plan, in the page's language;
 * attachments no cache keeps. Anyone else gets "not found".
 */
@Controller
class ReportController {

  private final YearReports reports;

  ReportController(YearReports reports) {
    this.reports = reports;
  }

  @GetMapping("/console/plans/{id}/report.odt")
  ResponseEntity<byte[]> odt(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, Locale locale) {
    return download(reports.odt(staff, id, locale));
  }

  @GetMapping("/console/plans/{id}/report.pdf")
  ResponseEntity<byte[]> pdf(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, Locale locale) {
    return download(reports.pdf(staff, id, locale));
  }

  @GetMapping("/console/plans/{id}/report.ods")
  ResponseEntity<byte[]> ods(
      @AuthenticationPrincipal StaffPrincipal staff, @PathVariable long id, Locale locale) {
    return download(reports.ods(staff, id, locale));
  }

  private static ResponseEntity<byte[]> download(YearReports.File file) {
    return FileDownloads.attachment(
        file.name(), file.contentType(), sha256(file.bytes()), file.bytes(), true);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
