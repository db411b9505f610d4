// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link SearchQuery} as an OpenSearch {@code _search} body, and its hits back (ADR 0051): the
 * same fields and weights as {@link LuceneQueries}, kinds and scope as filters, the body
 * highlighted HTML-escaped with {@code <mark>}.
 */
final class OpenSearchQueries {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private OpenSearchQueries() {}

  static ObjectNode body(SearchQuery query) {
    ObjectNode root = JSON.objectNode().put("size", query.limit());
    ObjectNode bool = root.putObject("query").putObject("bool");
    ArrayNode should = bool.putArray("should");
    for (Map.Entry<String, Float> f : OpenSearchMapping.fields().entrySet()) {
      should
          .addObject()
          .putObject("match")
          .putObject(f.getKey())
          .put("query", query.text().strip())
          .put("boost", f.getValue());
    }
    bool.put("minimum_should_match", 1);
    ArrayNode filter = bool.putArray("filter");
    if (!query.kinds().isEmpty()) {
      ArrayNode kinds = filter.addObject().putObject("terms").putArray("kind");
      query.kinds().forEach(kinds::add);
    }
    if (query.scope() != null) {
      filter.addObject().putObject("term").put("scope", query.scope());
    }
    ObjectNode highlight = root.putObject("highlight").put("encoder", "html");
    highlight.putArray("pre_tags").add("<mark>");
    highlight.putArray("post_tags").add("</mark>");
    ObjectNode fields = highlight.putObject("fields");
    for (String body : new String[] {"body_zh", "body_en"}) {
      fields
          .putObject(body)
          .put("fragment_size", 120)
          .put("number_of_fragments", 1)
          .put("no_match_size", 120);
    }
    return root;
  }

  static SearchHit hit(JsonNode hit, boolean english) {
    JsonNode source = hit.path("_source");
    String zh = source.path("title_zh").asString("");
    String en = source.path("title_en").asString("");
    String title = english ? (en.isBlank() ? zh : en) : (zh.isBlank() ? en : zh);
    String wanted = first(hit, english ? "body_en" : "body_zh");
    String other = first(hit, english ? "body_zh" : "body_en");
    boolean useOther = wanted.isBlank() || (!wanted.contains("<mark>") && other.contains("<mark>"));
    return new SearchHit(
        source.path("kind").asString(""),
        source.path("reference").asString(""),
        source.path("scope").asString(""),
        title,
        (useOther ? other : wanted).replace("</mark><mark>", ""),
        source.path("url").asString(""),
        (float) hit.path("_score").asDouble());
  }

  private static String first(JsonNode hit, String field) {
    JsonNode fragments = hit.path("highlight").path(field);
    return fragments.isArray() && !fragments.isEmpty() ? fragments.get(0).asString("") : "";
  }
}
