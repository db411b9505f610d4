// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.handbook.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.handbook.Handbooks;
import tw.civicdesk.platform.i18n.Languages;
import tw.civicdesk.platform.web.FileDownloads;

/**
 * The public service handbook of an agency: {@code /agencies/{code}/handbook.pdf} and {@code .odt},
 * for one unit with {@code ?unit=}, in English with {@code ?lang=en}. It holds only what the public
 * catalogue shows, so any cache may keep it. Unknown agency or unit: 404.
 */
@Controller
class HandbookController {

  private static final String PDF = "application/pdf";
  private static final String ODT = "application/vnd.oasis.opendocument.text";

  private final Handbooks handbooks;

  HandbookController(Handbooks handbooks) {
    this.handbooks = handbooks;
  }

  @GetMapping("/agencies/{code}/handbook.pdf")
  ResponseEntity<byte[]> pdf(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String unit,
      Locale locale) {
    return download(code, unit, locale, "pdf", PDF, handbooks.pdf(code, unit, locale));
  }

  @GetMapping("/agencies/{code}/handbook.odt")
  ResponseEntity<byte[]> odt(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String unit,
      Locale locale) {
    return download(code, unit, locale, "odt", ODT, handbooks.odt(code, unit, locale));
  }

  private static ResponseEntity<byte[]> download(
      String code, @Nullable String unit, Locale locale, String ext, String type, byte[] bytes) {
    String name =
        "handbook-"
            + code.replaceAll("[^A-Za-z0-9-]", "")
            + (unit == null || unit.isBlank() ? "" : "-" + unit.replaceAll("[^A-Za-z0-9-]", ""))
            + "-"
            + Languages.tag(locale)
            + "."
            + ext;
    return FileDownloads.attachment(name, type, sha256(bytes), bytes, false);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
