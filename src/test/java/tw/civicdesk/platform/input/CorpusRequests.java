// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.input;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.util.UriUtils;
import tw.civicdesk.platform.input.PublicHandlers.Input;

/**
 * One request of the corpus test: a valid request to a handler (path variables, parameters,
 * headers, JSON body) with one input replaced by a corpus value. Each request comes from its own
 * client address, so that no throttle stands between the corpus and the handler.
 */
final class CorpusRequests {

  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  private CorpusRequests() {}

  /** A request as built: mutable until sent. */
  static final class Req {
    final RequestMethod method;
    final String pattern;
    final Map<String, String> path = new LinkedHashMap<>();
    final Map<String, String> params = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    @Nullable Map<String, Object> json;

    Req(RequestMethod method, String pattern) {
      this.method = method;
      this.pattern = pattern;
    }

    Req path(String name, String value) {
      path.put(name, value);
      return this;
    }

    Req param(String name, String value) {
      params.put(name, value);
      return this;
    }

    Req header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Req json(Map<String, Object> body) {
      json = body;
      return this;
    }

    /** This request with {@code input} set to {@code value} (for a map: its first entry). */
    Req with(Input input, String value, boolean asKey) {
      switch (input.kind()) {
        case PATH -> path.put(input.name(), value);
        case HEADER -> headers.put(input.name(), value);
        case PARAM -> {
          if (input.map()) {
            String existing =
                params.keySet().stream()
                    .filter(k -> k.startsWith(input.name() + "["))
                    .findFirst()
                    .orElse(input.name() + "[x]");
            if (asKey) {
              params.put(input.name() + "[" + value + "]", "x");
            } else {
              params.put(existing, value);
            }
          } else {
            params.put(input.name(), value);
          }
        }
        case JSON -> setJson(input, value, asKey);
      }
      return this;
    }

    @SuppressWarnings("unchecked")
    private void setJson(Input input, String value, boolean asKey) {
      if (json == null) {
        json = new LinkedHashMap<>();
      }
      Map<String, Object> node = json;
      String[] parts = input.name().split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
      }
      String last = parts[parts.length - 1];
      if (input.map()) {
        Map<String, Object> map =
            node.get(last) instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        node.put(last, map);
        if (asKey) {
          map.put(value, "x");
        } else {
          map.put(map.isEmpty() ? "x" : map.keySet().iterator().next(), value);
        }
      } else {
        node.put(last, value);
      }
    }

    MockHttpServletRequestBuilder build() {
      String uri = pattern;
      for (Map.Entry<String, String> v : path.entrySet()) {
        uri =
            uri.replace(
                "{" + v.getKey() + "}",
                UriUtils.encodePathSegment(v.getValue(), StandardCharsets.UTF_8));
      }
      MockHttpServletRequestBuilder b =
          MockMvcRequestBuilders.request(HttpMethod.valueOf(method.name()), URI.create(uri));
      params.forEach(b::param);
      headers.forEach(b::header);
      if (json != null) {
        b.contentType(MediaType.APPLICATION_JSON).content(Json.write(json));
      } else if (method == RequestMethod.POST) {
        b.contentType(MediaType.APPLICATION_FORM_URLENCODED);
      }
      if (method == RequestMethod.POST) {
        b.with(csrf());
      }
      int n = ADDRESSES.incrementAndGet();
      return b.with(
          r -> {
            r.setRemoteAddr("198.18." + (n / 250 % 250) + "." + (n % 250 + 1));
            return r;
          });
    }
  }

  /** A JSON writer that escapes every character outside printable ASCII, lone halves too. */
  static final class Json {
    private Json() {}

    static byte[] write(Object value) {
      StringBuilder out = new StringBuilder();
      append(out, value);
      return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void append(StringBuilder out, @Nullable Object value) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          out.append(first ? "" : ",");
          first = false;
          string(out, String.valueOf(e.getKey()));
          out.append(':');
          append(out, e.getValue());
        }
        out.append('}');
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "" : ",");
          append(out, list.get(i));
        }
        out.append(']');
      } else if (value instanceof Boolean || value instanceof Number) {
        out.append(value);
      } else {
        string(out, value.toString());
      }
    }

    private static void string(StringBuilder out, String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c >= 0x20 && c < 0x7F) {
          out.append(c);
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
      out.append('"');
    }
  }
}
