// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.catalogue;

import tw.civicdesk.platform.error.InvalidInputException;

/**
 * An uploaded file that {@link FileInspection} refuses: empty, too large, or of a type that is not
 * accepted. Always about the form field {@code file}; the message key says which rule failed.
 */
public class UploadRejected extends InvalidInputException {

  /** The form field every upload rejection concerns. */
  public static final String FIELD = "file";

  UploadRejected(String messageKey, Object... arguments) {
    super(messageKey, arguments);
    onField(FIELD);
  }
}
