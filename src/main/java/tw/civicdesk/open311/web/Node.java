// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One part of an Open311 answer, in a shape both formats are written from (ADR 0039): a named
 * value, a named group of parts (a JSON object, an XML element holding elements) or a named list of
 * groups (a JSON array, an XML element holding one element per item, named {@code item}). So {@code
 * services}/{@code service} is written {@code [{…}]} in JSON and {@code
 * <services><service>…</service></services>} in XML, from one value.
 */
sealed interface Node {

  String name();

  /**
   * A value: a {@link String}, {@link Boolean} or {@link Number}; {@code null} is written as JSON
   * {@code null} and left out of XML.
   */
  record Value(String name, @Nullable Object value) implements Node {

    public Value {
      if (value != null
          && !(value instanceof String || value instanceof Boolean || value instanceof Number)) {
        throw new IllegalArgumentException("An Open311 value is a string, a flag or a number");
      }
    }
  }

  /** A group of named parts, written in their order. */
  record Group(String name, List<Node> parts) implements Node {

    public Group {
      parts = List.copyOf(parts);
    }
  }

  /** A list of groups, each written as an element named {@code item} in XML. */
  record Items(String name, String item, List<Group> items) implements Node {

    public Items {
      items = List.copyOf(items);
    }
  }
}
