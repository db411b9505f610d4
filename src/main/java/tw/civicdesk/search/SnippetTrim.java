// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

/**
 * Shortens a highlighted snippet — HTML-escaped text with {@code <mark>} tags — to about a given
 * number of visible characters, keeping the first match in view and never cutting a tag or a
 * character reference in half.
 */
final class SnippetTrim {

  private static final String ELLIPSIS = "…";
  private static final int BEFORE_MATCH = 30;

  private SnippetTrim() {}

  /** {@code snippet} cut to about {@code max} visible characters around its first match. */
  static String trim(String snippet, int max) {
    int visible = visibleLength(snippet, snippet.length());
    if (visible <= max) {
      return snippet;
    }
    int mark = snippet.indexOf("<mark>");
    int skip = mark < 0 ? 0 : Math.max(0, visibleLength(snippet, mark) - BEFORE_MATCH);
    int start = offsetOfVisible(snippet, skip);
    int end = offsetOfVisible(snippet, skip + max);
    String cut = snippet.substring(start, end);
    if (cut.lastIndexOf("<mark>") > cut.lastIndexOf("</mark>")) {
      cut = cut + "</mark>";
    }
    return (start > 0 ? ELLIPSIS : "") + cut + (end < snippet.length() ? ELLIPSIS : "");
  }

  /** Visible characters in {@code s} before {@code limit}. */
  private static int visibleLength(String s, int limit) {
    int count = 0;
    int i = 0;
    while (i < limit) {
      i = next(s, i);
      count++;
    }
    return count;
  }

  /** The offset just past the {@code n}th visible character (references count as one). */
  private static int offsetOfVisible(String s, int n) {
    int i = 0;
    int count = 0;
    while (i < s.length() && count < n) {
      i = next(s, i);
      count++;
    }
    return i;
  }

  /** Past the visible character at {@code i} and any tags before it. */
  private static int next(String s, int i) {
    int at = i;
    while (at < s.length() && s.charAt(at) == '<') {
      at = s.indexOf('>', at) + 1;
    }
    if (at >= s.length()) {
      return s.length();
    }
    if (s.charAt(at) == '&') {
      int semi = s.indexOf(';', at);
      return semi < 0 ? at + 1 : semi + 1;
    }
    return at + Character.charCount(s.codePointAt(at));
  }
}
