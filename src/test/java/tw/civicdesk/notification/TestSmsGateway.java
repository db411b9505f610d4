// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.IntegrationTest;

/**
 * A real HTTP server on {@link IntegrationTest#SMS_PORT} standing in for an SMS gateway: it records
 * every request (body and Authorization header) and answers with the status set in {@link #answer},
 * 202 with {@code {"id": "gw-<n>"}} by default.
 */
final class TestSmsGateway implements AutoCloseable {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** One request the gateway received. */
  record Received(String authorization, JsonNode body) {}

  final List<Received> received = new CopyOnWriteArrayList<>();
  final AtomicInteger answer = new AtomicInteger(202);
  private final AtomicInteger ids = new AtomicInteger();
  private final HttpServer server;

  TestSmsGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", IntegrationTest.SMS_PORT), 0);
    server.createContext(
        "/sms",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new Received(
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  JSON.readTree(new String(body, StandardCharsets.UTF_8))));
          int status = answer.get();
          byte[] out =
              status < 300
                  ? ("{\"id\": \"gw-" + ids.incrementAndGet() + "\"}")
                      .getBytes(StandardCharsets.UTF_8)
                  : "{\"error\": \"refused\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, out.length);
          exchange.getResponseBody().write(out);
          exchange.close();
        });
    server.start();
  }

  /** What was sent to {@code phone}, in order. */
  List<JsonNode> to(String phone) {
    return received.stream()
        .map(Received::body)
        .filter(b -> b.get("to").asString().equals(phone))
        .toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
