// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

/**
 * Length rules of SMS: a text in the GSM 7-bit alphabet fits 160 characters in one message and 153
 * per part when concatenated; any other text (e.g. Chinese) is sent as UCS-2, 70 characters in one
 * message and 67 per part when concatenated. Characters are UTF-16 code units, as UCS-2 counts them
 * (a character outside the BMP takes two).
 */
final class SmsText {

  /** One UCS-2 message, e.g. Chinese text. */
  static final int UCS2_SINGLE = 70;

  static final int UCS2_PART = 67;
  static final int GSM_SINGLE = 160;
  static final int GSM_PART = 153;

  private static final String GSM_BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./"
          + "0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  /** Characters of the GSM extension table; each takes two septets. */
  private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

  private SmsText() {}

  /** How many SMS parts {@code text} takes; an empty text takes one. */
  static int segments(String text) {
    if (isGsm(text)) {
      int septets = 0;
      for (int i = 0; i < text.length(); i++) {
        septets += GSM_EXTENDED.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
      }
      return septets <= GSM_SINGLE ? 1 : (septets + GSM_PART - 1) / GSM_PART;
    }
    int units = text.length();
    return units <= UCS2_SINGLE ? 1 : (units + UCS2_PART - 1) / UCS2_PART;
  }

  /** Whether every character of {@code text} is in the GSM 7-bit alphabet or its extension. */
  static boolean isGsm(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENDED.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
