// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The text check for JSON request bodies: every string value and every string map key that the
 * application's JSON mapper reads is checked (free text, or a line when the record component is
 * {@link SingleLine}; {@code @Size(max)} lowers the limit). A refusal is a 400 problem naming the
 * field by its path, e.g. {@code applicant.name}.
 */
final class TextJsonModule extends SimpleModule {

  TextJsonModule() {
    super("civicdesk-text-check");
    addDeserializer(String.class, new CheckedString(TextRules.DEFAULT));
    addKeyDeserializer(String.class, new CheckedKey());
  }

  /** Strings as Jackson reads them (with its coercions), then checked. */
  static final class CheckedString extends StdScalarDeserializer<String> {

    private final TextRules rules;

    CheckedString(TextRules rules) {
      super(String.class);
      this.rules = rules;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      String value = StringDeserializer.instance.deserialize(p, ctxt);
      return rules.check(value, path(p.streamReadContext()));
    }

    @Override
    public ValueDeserializer<?> createContextual(
        DeserializationContext ctxt, @Nullable BeanProperty property) {
      if (property == null) {
        return this;
      }
      TextRules own = TextRules.of(property::getAnnotation);
      return own.equals(rules) ? this : new CheckedString(own);
    }

    @Override
    public boolean isCachable() {
      return true;
    }
  }

  /** String keys of maps ({@code "fields": {"purpose": …}}), checked as lines. */
  static final class CheckedKey extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      // Named by the map that holds it: the refused key itself is not echoed.
      return TextRules.LINE.check(key, p == null ? null : path(p.streamReadContext().getParent()));
    }
  }

  /** The field's path in the body, e.g. {@code applicant.name} or {@code deficiencies[2]}. */
  static @Nullable String path(@Nullable TokenStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.currentName() != null) {
        parts.addFirst("." + c.currentName());
      } else if (c.inArray()) {
        parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
      }
    }
    String path = String.join("", parts);
    return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
  }
}
