// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenSearch adapter (ADR 0051), for deployments that outgrow one node: the same contract as
 * {@link LuceneSearchIndex} over the REST API, with the JDK's HTTP client. Writes go as {@code
 * _bulk} requests with {@code refresh=wait_for}, so a change is findable when {@link #apply}
 * returns; the index's {@code _meta.analysis} holds the analysis version, set when a rebuild ends.
 * A rebuild drops and recreates the index, so searches see it fill up while it runs.
 */
final class OpenSearchIndex implements SearchEngine {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int BULK = 500;

  private final String base;
  private final String index;
  private final HttpClient http;

  OpenSearchIndex(SearchSettings.OpenSearch settings) {
    if (settings.url().isBlank()) {
      throw new IllegalStateException(
          "civicdesk.search.engine=opensearch needs civicdesk.search.opensearch.url");
    }
    String url = settings.url().strip();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.index = settings.index();
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  @Override
  public boolean apply(List<IndexChange> changes) {
    StringBuilder bulk = new StringBuilder();
    for (IndexChange c : changes) {
      SearchDocument d = c.document();
      String action = d == null ? "delete" : "index";
      ObjectNode meta = NODES.objectNode();
      meta.putObject(action).put("_index", index).put("_id", c.kind() + ":" + c.reference());
      bulk.append(meta).append('\n');
      if (d != null) {
        bulk.append(OpenSearchMapping.source(d)).append('\n');
      }
    }
    if (!bulk.isEmpty()) {
      send("POST", "/_bulk?refresh=wait_for", bulk.toString(), "application/x-ndjson");
    }
    return true;
  }

  @Override
  public List<SearchHit> search(SearchQuery query) {
    JsonNode answer =
        send("POST", "/" + index + "/_search", OpenSearchQueries.body(query).toString(), null);
    List<SearchHit> hits = new ArrayList<>();
    boolean english = "en".equals(query.language());
    for (JsonNode hit : answer.path("hits").path("hits")) {
      hits.add(OpenSearchQueries.hit(hit, english));
    }
    return hits;
  }

  @Override
  public long count(String kind) {
    ObjectNode body = NODES.objectNode();
    body.putObject("query").putObject("term").put("kind", kind);
    return send("POST", "/" + index + "/_count", body.toString(), null).path("count").asLong();
  }

  @Override
  public boolean needsRebuild() {
    JsonNode mapping = sendOrNull("GET", "/" + index + "/_mapping");
    if (mapping == null) {
      return true;
    }
    String stamp = mapping.path(index).path("mappings").path("_meta").path("analysis").asString();
    if (!SearchAnalysis.version(SearchAnalysis.Chain.BOTH).equals(stamp)) {
      return true;
    }
    return send("GET", "/" + index + "/_count", null, null).path("count").asLong() == 0;
  }

  @Override
  public Rebuilding rebuild() {
    sendOrNull("DELETE", "/" + index);
    send("PUT", "/" + index, OpenSearchMapping.create().toString(), null);
    List<IndexChange> buffer = new ArrayList<>();
    return new Rebuilding() {
      @Override
      public void add(SearchDocument document) {
        buffer.add(IndexChange.put(0, document));
        if (buffer.size() >= BULK) {
          apply(List.copyOf(buffer));
          buffer.clear();
        }
      }

      @Override
      public void finish() {
        apply(List.copyOf(buffer));
        buffer.clear();
        ObjectNode meta = NODES.objectNode();
        meta.putObject("_meta").put("analysis", SearchAnalysis.version(SearchAnalysis.Chain.BOTH));
        send("PUT", "/" + index + "/_mapping", meta.toString(), null);
      }
    };
  }

  private @Nullable JsonNode sendOrNull(String method, String path) {
    HttpResponse<String> response = exchange(method, path, null, null);
    return response.statusCode() == 404 ? null : checked(response);
  }

  private JsonNode send(
      String method, String path, @Nullable String body, @Nullable String contentType) {
    return checked(exchange(method, path, body, contentType));
  }

  private static JsonNode checked(HttpResponse<String> response) {
    if (response.statusCode() >= 300) {
      throw new UncheckedIOException(
          new IOException("OpenSearch answered " + response.statusCode()));
    }
    JsonNode node = JSON.readTree(response.body());
    if (node.path("errors").asBoolean(false)) {
      throw new UncheckedIOException(new IOException("OpenSearch refused part of a bulk request"));
    }
    return node;
  }

  private HttpResponse<String> exchange(
      String method, String path, @Nullable String body, @Nullable String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType == null ? "application/json" : contentType)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("Interrupted while calling OpenSearch", e));
    }
  }
}
