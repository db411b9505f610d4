// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on the loopback for the link check: a good page, a 404, a 500, a redirect chain that
 * ends at the good page, a redirect loop, a page that answers only after the check gave up, a page
 * that refuses HEAD but answers GET, and a page whose answer a test switches. It records every
 * request as {@code METHOD path}.
 */
public final class LinkTestServer implements AutoCloseable {

  private final HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger switchable = new AtomicInteger(404);
  private final CountDownLatch release = new CountDownLatch(1);

  private LinkTestServer(HttpServer server) {
    this.server = server;
  }

  /** Starts the site on a free port of 127.0.0.1. */
  public static LinkTestServer start() {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      LinkTestServer site = new LinkTestServer(http);
      http.createContext("/", site::handle);
      http.setExecutor(Executors.newFixedThreadPool(4));
      http.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The address of {@code path} on this site. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Every request so far, as {@code METHOD path}. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** What {@code /switch} answers from now on. */
  public void answer(int status) {
    switchable.set(status);
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    requests.add(x.getRequestMethod() + " " + path);
    switch (path) {
      case "/good" -> send(x, 200);
      case "/missing" -> send(x, 404);
      case "/broken" -> send(x, 500);
      case "/chain-1" -> redirect(x, 302, "/chain-2");
      case "/chain-2" -> redirect(x, 301, url("/chain-3"));
      case "/chain-3" -> redirect(x, 307, "/good");
      case "/loop-a" -> redirect(x, 302, "/loop-b");
      case "/loop-b" -> redirect(x, 302, "/loop-a");
      case "/slow" -> slow(x);
      case "/no-head" -> send(x, x.getRequestMethod().equals("HEAD") ? 405 : 200);
      case "/switch" -> send(x, switchable.get());
      default -> send(x, 404);
    }
  }

  private void slow(HttpExchange x) throws IOException {
    try {
      // Waits for the end of the test (or 10 s), far past the check's timeout of 1 s.
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    send(x, 200);
  }

  private static void redirect(HttpExchange x, int status, String location) throws IOException {
    x.getResponseHeaders().add("Location", location);
    send(x, status);
  }

  private static void send(HttpExchange x, int status) throws IOException {
    byte[] body = ("<html><body>" + status + "</body></html>").getBytes();
    if (x.getRequestMethod().equals("HEAD")) {
      x.sendResponseHeaders(status, -1);
    } else {
      x.sendResponseHeaders(status, body.length);
      x.getResponseBody().write(body);
    }
    x.close();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
