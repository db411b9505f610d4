// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as a download, for every module that serves uploaded files: always an attachment
 * (never rendered inline), with the file name encoded per RFC 6266/5987 ({@code
 * filename*=UTF-8''…}) so that Chinese names survive and no header can be injected, the content
 * type found at upload, {@code X-Content-Type-Options: nosniff} so that no browser second-guesses
 * it, and the checksum as the entity tag.
 */
public final class FileDownloads {

  private FileDownloads() {}

  /**
   * The download answer.
   *
   * @param fileName an already sanitised name
   * @param contentType the type detected when the file was accepted
   * @param sha256 the content's checksum, for the entity tag
   * @param privateFile whether the file holds personal data: then no cache may keep it
   */
  public static ResponseEntity<byte[]> attachment(
      String fileName, String contentType, String sha256, byte[] content, boolean privateFile) {
    ContentDisposition disposition =
        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build();
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-Type-Options", "nosniff")
            .contentType(MediaType.parseMediaType(contentType))
            .contentLength(content.length)
            .eTag("\"" + sha256 + "\"");
    if (privateFile) {
      answer.cacheControl(CacheControl.noStore().cachePrivate());
    }
    return answer.body(content);
  }
}
