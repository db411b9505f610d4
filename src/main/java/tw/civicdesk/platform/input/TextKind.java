// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

/**
 * What kind of text a value is, which decides the characters {@link TextCheck} lets through (ADR
 * 0027).
 */
public enum TextKind {

  /**
   * Free text, as typed into a text area: tab, line feed and carriage return are allowed, and so
   * are Unicode format characters such as bidi controls (a reason written in Arabic or Hebrew needs
   * them). The default for every value that is not marked {@link SingleLine}.
   */
  TEXT,

  /**
   * A single-line identifier or short value (a name, an e-mail address, a phone number, a case
   * number or code, a search query, a path segment): no tab or line break, and no bidi embedding,
   * override or isolate control, which could make a name or number read differently from how it is
   * stored.
   */
  LINE
}
