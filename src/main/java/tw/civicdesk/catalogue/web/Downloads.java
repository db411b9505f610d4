// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.civicdesk.catalogue.StoredFile;

/**
 * A stored form as a download: always an attachment (never rendered inline), with the file name
 * encoded per RFC 6266/5987 so that Chinese names survive and no header can be injected, the
 * content type found at upload, and the checksum as the entity tag.
 */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> attachment(StoredFile file) {
    ContentDisposition disposition = ContentDisposition.attachment()
        .filename(file.fileName(), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .contentType(MediaType.parseMediaType(file.contentType()))
        .contentLength(file.size())
        .eTag("\"" + file.sha256() + "\"")
        .body(file.content());
  }
}
