// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

/** Why {@link TextCheck} refuses a value; each has a localized message under its key. */
public enum TextProblem {

  /** A C0 or C1 control character or DEL (NUL included); tab and line breaks only in TEXT. */
  CONTROL_CHARACTER("input.text.control"),

  /** A tab, line feed or carriage return in a single-line value. */
  LINE_BREAK("input.text.line-break"),

  /** Half of a UTF-16 surrogate pair without its other half: not a character at all. */
  LONE_SURROGATE("input.text.surrogate"),

  /** A bidi embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069) in a LINE. */
  BIDI_CONTROL("input.text.bidi"),

  /** More characters than the field allows; the message names the limit. */
  TOO_LONG("input.text.too-long");

  private final String messageKey;

  TextProblem(String messageKey) {
    this.messageKey = messageKey;
  }

  /** The message key, e.g. {@code input.text.control}; also the problem type's slug. */
  public String messageKey() {
    return messageKey;
  }
}
