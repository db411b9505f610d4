// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * The two formats of GeoReport v2, chosen by the path's suffix ({@code .json} or {@code .xml}), and
 * how an answer ({@link Node}) is written in each: UTF-8, JSON as {@code application/json}, XML as
 * {@code text/xml} with the declaration naming the encoding, as the specification asks. XML is
 * written with the JDK's StAX writer, not Jackson's XML module, whose mere presence on the class
 * path would make Spring answer every other endpoint in XML to browsers (ADR 0039).
 */
enum Open311Format {
  JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),
  XML(new MediaType("text", "xml", StandardCharsets.UTF_8));

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

  private final MediaType mediaType;

  Open311Format(MediaType mediaType) {
    this.mediaType = mediaType;
  }

  /** The format a path asks for: XML for a path ending {@code .xml}, else JSON. */
  static Open311Format ofPath(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
  }

  /**
   * The format named by a path's suffix.
   *
   * @throws NotFoundException for any suffix but {@code json} and {@code xml}
   */
  static Open311Format of(String suffix) {
    return switch (suffix) {
      case "json" -> JSON;
      case "xml" -> XML;
      default -> throw new NotFoundException("open311.error.format");
    };
  }

  MediaType mediaType() {
    return mediaType;
  }

  /** {@code answer} written in this format, as UTF-8 bytes. */
  byte[] write(Node answer) {
    return this == JSON ? json(answer) : xml(answer);
  }

  private static byte[] json(Node answer) {
    return MAPPER.writeValueAsBytes(jsonOf(answer));
  }

  private static JsonNode jsonOf(Node node) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node instanceof Node.Value v) {
      return jsonValue(nodes, v.value());
    }
    if (node instanceof Node.Group g) {
      ObjectNode object = nodes.objectNode();
      g.parts().forEach(part -> object.set(part.name(), jsonOf(part)));
      return object;
    }
    ArrayNode array = nodes.arrayNode();
    ((Node.Items) node).items().forEach(item -> array.add(jsonOf(item)));
    return array;
  }

  private static JsonNode jsonValue(JsonNodeFactory nodes, @Nullable Object value) {
    if (value == null) {
      return nodes.nullNode();
    }
    if (value instanceof String s) {
      return nodes.stringNode(s);
    }
    if (value instanceof Boolean b) {
      return nodes.booleanNode(b);
    }
    if (value instanceof Integer || value instanceof Long) {
      return nodes.numberNode(((Number) value).longValue());
    }
    return nodes.numberNode(new BigDecimal(value.toString()));
  }

  private static byte[] xml(Node answer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xmlOf(xml, answer);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException("writing an Open311 answer failed", e));
    }
    return out.toByteArray();
  }

  private static void xmlOf(XMLStreamWriter xml, Node node) throws XMLStreamException {
    if (node instanceof Node.Value v) {
      if (v.value() != null) {
        xml.writeStartElement(v.name());
        xml.writeCharacters(text(v.value()));
        xml.writeEndElement();
      }
      return;
    }
    xml.writeStartElement(node.name());
    if (node instanceof Node.Group g) {
      for (Node part : g.parts()) {
        xmlOf(xml, part);
      }
    } else {
      Node.Items items = (Node.Items) node;
      for (Node.Group item : items.items()) {
        xmlOf(xml, new Node.Group(items.item(), item.parts()));
      }
    }
    xml.writeEndElement();
  }

  private static String text(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }
}
