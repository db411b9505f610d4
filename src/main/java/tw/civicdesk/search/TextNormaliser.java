// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings text and queries to one form before matching: Unicode NFKC (full-width Latin letters and
 * digits become half-width), lower case, the common variant 台 written as 臺, and runs of whitespace
 * as one space.
 */
final class TextNormaliser {

  private TextNormaliser() {}

  static String normalise(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('台', '臺');
    return folded.replaceAll("\\s+", " ").strip();
  }
}
