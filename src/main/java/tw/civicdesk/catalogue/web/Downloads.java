// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue.web;

import org.springframework.http.ResponseEntity;
import tw.civicdesk.catalogue.StoredFile;
import tw.civicdesk.platform.web.FileDownloads;

/**
 * A stored form as a download ({@link FileDownloads}: an attachment with an RFC 6266/5987 name, the
 * content type found at upload, the checksum as the entity tag). Forms are public documents, so
 * caches may keep them.
 */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> attachment(StoredFile file) {
    return FileDownloads.attachment(
        file.fileName(), file.contentType(), file.sha256(), file.content(), false);
  }
}
