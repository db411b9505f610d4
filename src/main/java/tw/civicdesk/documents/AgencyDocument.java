// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.documents;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A document of an agency, with its files (without their bytes).
 *
 * @param documentDate the date of the document itself (of the budget, the report, the regulation)
 * @param publishOn the first day the public sees it
 * @param reviewOn the day its owner should check it is still current; {@code null} for none
 * @param withdrawn whether it was taken off the public site
 * @param version optimistic-lock version, incremented on every change
 * @param files its files in upload order, numbered from 1
 */
public record AgencyDocument(
    long id,
    AgencyCode agency,
    DocumentCategory category,
    BilingualText title,
    LocalDate documentDate,
    LocalDate publishOn,
    @Nullable LocalDate reviewOn,
    boolean withdrawn,
    int version,
    List<DocumentFile> files) {

  public AgencyDocument {
    files = List.copyOf(files);
  }

  /** Whether the public sees it on {@code day}: published by then and not withdrawn. */
  public boolean publicOn(LocalDate day) {
    return !withdrawn && !publishOn.isAfter(day);
  }

  /**
   * One file of a document.
   *
   * @param position its number within the document, from 1
   * @param contentType the media type found in its content
   */
  public record DocumentFile(
      int position, String fileName, String contentType, long size, String sha256) {}
}
