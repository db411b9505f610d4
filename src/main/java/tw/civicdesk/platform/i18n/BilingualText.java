// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.i18n;

import java.util.Locale;

/**
 * A text kept in Traditional Chinese and English, e.g. an agency's name.
 *
 * @param zh the Traditional Chinese text, never blank
 * @param en the English text; blank means "not translated" and falls back to {@code zh}
 */
public record BilingualText(String zh, String en) {

  public BilingualText {
    if (zh == null || zh.isBlank()) {
      throw new IllegalArgumentException("The Chinese text is required");
    }
    zh = zh.strip();
    en = en == null ? "" : en.strip();
  }

  /** The text for {@code locale}: English when the locale's language is English, else Chinese. */
  public String in(Locale locale) {
    return Languages.isEnglish(locale) && !en.isEmpty() ? en : zh;
  }
}
