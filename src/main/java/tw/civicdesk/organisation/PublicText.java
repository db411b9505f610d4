// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.organisation;

import java.util.Locale;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.i18n.Languages;

/**
 * An optional text an agency publishes in Traditional Chinese and English (a profile, duties,
 * opening hours of a unit). Unlike {@link BilingualText} both may be empty: then nothing is shown.
 *
 * @param zh the Traditional Chinese text, possibly empty, never {@code null}
 * @param en the English text; empty means "not translated" and falls back to {@code zh}
 */
public record PublicText(String zh, String en) {

  /** No text. */
  public static final PublicText NONE = new PublicText("", "");

  public PublicText {
    zh = zh == null ? "" : zh.strip();
    en = en == null ? "" : en.strip();
  }

  /** Whether there is no text in either language. */
  public boolean isEmpty() {
    return zh.isEmpty() && en.isEmpty();
  }

  /** The text for {@code locale}: English when asked and given, else Chinese, else English. */
  public String in(Locale locale) {
    if (Languages.isEnglish(locale) && !en.isEmpty()) {
      return en;
    }
    return zh.isEmpty() ? en : zh;
  }

  /** The paragraphs of the text for {@code locale}: its non-blank lines, stripped. */
  public java.util.List<String> paragraphs(Locale locale) {
    return in(locale).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** This text as a {@link BilingualText}, or {@code fallback} when there is no Chinese text. */
  public BilingualText orElse(BilingualText fallback) {
    return zh.isEmpty() ? fallback : new BilingualText(zh, en);
  }
}
