// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import java.io.Serializable;

/**
 * A photo the citizen added to a draft report, already written anew without its metadata ({@link
 * tw.civicdesk.platform.files.PhotoScrubbing}); only such a photo is ever kept, in the session and
 * after filing.
 *
 * @param id a random id, for the links that show and remove it
 * @param fileName the safe name ({@link tw.civicdesk.platform.files.ContentInspection#safeName})
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param content the rewritten file
 */
public record FeedbackPhoto(String id, String fileName, String contentType, byte[] content)
    implements Serializable {

  @Override
  public String toString() {
    return "FeedbackPhoto[" + id + ", " + contentType + ", " + content.length + "B]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeedbackPhoto p && p.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
