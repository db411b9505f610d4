// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.i18n;

import java.util.List;
import java.util.Locale;

/** The two languages CivicDesk speaks, and how they are named on the wire and in HTML. */
public final class Languages {

  /** Traditional Chinese as used in Taiwan; the default language. */
  public static final Locale ZH_TW = Locale.TAIWAN;

  /** English. */
  public static final Locale EN = Locale.ENGLISH;

  /** Supported locales, default first. */
  public static final List<Locale> SUPPORTED = List.of(ZH_TW, EN);

  private Languages() {}

  /** Whether {@code locale} is English (any region). */
  public static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  /** The supported locale closest to {@code locale}: English stays English, all else is zh-TW. */
  public static Locale normalise(Locale locale) {
    return isEnglish(locale) ? EN : ZH_TW;
  }

  /** The tag used in {@code ?lang=} and JSON keys: {@code zh-TW} or {@code en}. */
  public static String tag(Locale locale) {
    return isEnglish(locale) ? "en" : "zh-TW";
  }

  /** The value of the HTML {@code lang} attribute: {@code zh-Hant-TW} or {@code en}. */
  public static String htmlLang(Locale locale) {
    return isEnglish(locale) ? "en" : "zh-Hant-TW";
  }
}
