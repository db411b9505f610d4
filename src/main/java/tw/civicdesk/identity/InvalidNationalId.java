// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.identity;

import tw.civicdesk.platform.error.InvalidInputException;

/**
 * A text that is not a {@link NationalId}: either not shaped like one ({@link #FORMAT}) or shaped
 * like one with a wrong check digit ({@link #CHECKSUM}).
 *
 * <p>Contract: neither the message key, its arguments nor the English detail ever contain the text
 * that was rejected, because that text is personal data (個人資料). Callers that need to show what was
 * typed keep it themselves, in the form being re-rendered.
 */
public class InvalidNationalId extends InvalidInputException {

  /** The text does not have the shape of a national ID or resident certificate number. */
  public static final String FORMAT = "identity.national-id.format";

  /** The text has the right shape but its check digit does not match. */
  public static final String CHECKSUM = "identity.national-id.checksum";

  private InvalidNationalId(String messageKey, String detail) {
    super(messageKey, detail);
  }

  /** The rejection for a text of the wrong shape; carries no part of that text. */
  static InvalidNationalId format() {
    return new InvalidNationalId(
        FORMAT, "not shaped like a national ID or resident certificate number (value withheld)");
  }

  /** The rejection for a wrong check digit; carries no part of the text. */
  static InvalidNationalId checksum() {
    return new InvalidNationalId(CHECKSUM, "check digit does not match (value withheld)");
  }
}
