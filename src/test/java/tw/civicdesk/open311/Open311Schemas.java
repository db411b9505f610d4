// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The JSON Schemas (draft 2020-12, checked with networknt's validator) and XSDs (checked with the
 * JDK's) written from the GeoReport v2 text, under {@code src/main/resources/open311/schema}: each
 * answer body is checked against the one for its kind.
 */
final class Open311Schemas {

  /** The kinds of answer body, each with its schema pair. */
  enum Body {
    SERVICES("services"),
    SERVICE_DEFINITION("service-definition"),
    REQUESTS("requests"),
    REQUEST_CREATED("request-created"),
    TOKEN("token"),
    ERRORS("errors");

    final String file;

    Body(String file) {
      this.file = file;
    }
  }

  private static final Map<Body, Schema> JSON = new EnumMap<>(Body.class);
  private static final Map<Body, javax.xml.validation.Schema> XML = new EnumMap<>(Body.class);

  static {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    SchemaFactory xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    for (Body body : Body.values()) {
      try (InputStream json = resource(body.file + ".schema.json");
          InputStream xml = resource(body.file + ".xsd")) {
        JSON.put(body, registry.getSchema(json));
        XML.put(body, xsd.newSchema(new StreamSource(xml)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SAXException e) {
        throw new IllegalStateException("a broken XSD: " + body.file, e);
      }
    }
  }

  private Open311Schemas() {}

  private static InputStream resource(String name) {
    InputStream in = Open311Schemas.class.getResourceAsStream("/open311/schema/" + name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  /** The problems {@code content} has against the JSON Schema of {@code body}; empty when none. */
  static List<String> jsonProblems(Body body, String content) {
    return JSON.get(body).validate(content, InputFormat.JSON).stream()
        .map(Object::toString)
        .toList();
  }

  /** The problem {@code content} has against the XSD of {@code body}; {@code null} when none. */
  static String xmlProblem(Body body, String content) {
    try {
      Validator validator = XML.get(body).newValidator();
      validator.validate(new StreamSource(new StringReader(content)));
      return null;
    } catch (SAXException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails unless {@code content}, in {@code format} ({@code json} or {@code xml}), is valid. */
  static void assertValid(Body body, String format, String content) {
    if (format.equals("xml")) {
      assertThat(content).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      assertThat(xmlProblem(body, content)).as("%s against %s.xsd", content, body.file).isNull();
    } else {
      assertThat(jsonProblems(body, content))
          .as("%s against %s.schema.json", content, body.file)
          .isEmpty();
    }
  }
}
