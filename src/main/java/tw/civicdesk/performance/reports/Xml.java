// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.reports;

import java.util.ArrayDeque;
import java.util.Deque;
import tw.civicdesk.platform.files.OdfParts;

/**
 * A small streaming XML writer for the ODF parts: elements with attributes (name, value pairs),
 * escaped text, and the end tags in order. Characters XML 1.0 does not allow are dropped.
 */
final class Xml {

  private final StringBuilder out =
      new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  private final Deque<String> open = new ArrayDeque<>();

  /** Opens element {@code name} with attributes {@code name, value, name, value …}. */
  Xml start(String name, String... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    out.append('>');
    open.push(name);
    return this;
  }

  /** An element with no content. */
  Xml empty(String name, String... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** An element holding only {@code text}. */
  Xml element(String name, String text, String... attributes) {
    return start(name, attributes).text(text).end();
  }

  Xml text(String text) {
    out.append(OdfParts.escape(text));
    return this;
  }

  /** Closes the innermost open element. */
  Xml end() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(OdfParts.escape(attributes[i + 1]))
          .append('"');
    }
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements: " + open);
    }
    return out.toString();
  }
}
