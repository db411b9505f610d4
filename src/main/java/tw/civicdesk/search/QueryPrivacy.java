// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Whether a search text may be personal data and so must never be stored (ADR 0050): an e-mail
 * address (an {@code @}), a national ID or resident certificate number (a letter and then eight or
 * nine digits), a phone number or any other run of six or more digits (spaces, dashes, dots and
 * brackets between digits ignored), after full-width forms are folded to half-width.
 */
final class QueryPrivacy {

  private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s\\-.()]*\\d){5,}");
  private static final Pattern NATIONAL_ID = Pattern.compile("(?i)[a-z][a-d0-9]?\\d{8}");

  private QueryPrivacy() {}

  /** Whether {@code text} may be personal data. */
  static boolean looksPersonal(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return folded.indexOf('@') >= 0
        || DIGIT_RUN.matcher(folded).find()
        || NATIONAL_ID.matcher(folded).find();
  }
}
