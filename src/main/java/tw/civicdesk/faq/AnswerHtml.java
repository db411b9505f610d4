// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The one sanitizer of FAQ answers (ADR 0052): jsoup's {@link Safelist} allowing only paragraphs,
 * lists, strong, em, line breaks and links to http, https and mailto addresses, each link given
 * {@code rel="noopener"}. Everything else — scripts, styles, event handlers, images, iframes,
 * {@code javascript:} links — is removed, its text kept where it has any. Pure and thread-safe.
 */
public final class AnswerHtml {

  /** What an answer may hold. */
  static final Safelist SAFELIST =
      new Safelist()
          .addTags("p", "ul", "ol", "li", "strong", "em", "br", "a")
          .addAttributes("a", "href")
          .addProtocols("a", "href", "http", "https", "mailto")
          .addEnforcedAttribute("a", "rel", "noopener");

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base);

  /** What makes a text HTML rather than plain: a tag, an end tag or a comment opening. */
  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[a-zA-Z/!]");

  private AnswerHtml() {}

  /**
   * The answer as stored and shown: {@code raw} cleaned by {@link #SAFELIST}, a link left without
   * an address unwrapped to its text. A text without any tag is taken as plain text: each run of
   * lines between blank lines becomes a paragraph, a single line break a {@code <br>}, and any
   * {@code <}, {@code >} or {@code &} in it is escaped.
   */
  public static String clean(String raw) {
    String html = TAG.matcher(raw).find() ? raw : paragraphs(raw);
    Document doc = Jsoup.parseBodyFragment(Jsoup.clean(html, "", SAFELIST, OUTPUT));
    doc.outputSettings(OUTPUT.clone());
    doc.select("a:not([href])").unwrap();
    return doc.body().html().strip();
  }

  /** The text of stored HTML without any markup, for the search index and excerpts. */
  public static String plain(String html) {
    return Jsoup.parse(html).text();
  }

  private static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    for (String block : text.strip().split("\\R\\s*\\R")) {
      if (!block.isBlank()) {
        html.append("<p>")
            .append(Entities.escape(block.strip()).replaceAll("\\R", "<br>"))
            .append("</p>");
      }
    }
    return html.toString();
  }
}
