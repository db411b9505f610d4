// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Asks one address whether it answers (ADR 0064): HEAD first, then GET when HEAD fails or is
 * refused (405, 501, 403 and the like — many servers answer HEAD badly); redirects are followed one
 * by one, each hop recorded and judged by the address rules again, up to {@link
 * LinksSettings#maxRedirects()}; a loop or one redirect too many ends the check. A request is
 * allowed {@link LinksSettings#requestTimeout()} for its status and headers; the body of a GET is
 * not read. Requests to one host are spaced {@link LinksSettings#hostPace()} apart.
 */
@Component
class LinkProbe {

  /** What the check sends as its User-Agent. */
  static final String AGENT = "CivicDesk-LinkCheck/1.0 (+https://civicdesk.tw)";

  private final LinksSettings settings;
  private final HttpClient client;
  private final Map<String, Long> lastRequest = new HashMap<>();

  LinkProbe(LinksSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.connectTimeout())
            .build();
  }

  /** Why a check failed without a usable status. */
  enum Problem {
    TIMEOUT,
    UNREACHABLE,
    REFUSED_ADDRESS,
    REDIRECT_LOOP,
    TOO_MANY_REDIRECTS,
    HTTP_ERROR
  }

  /**
   * What one check found.
   *
   * @param status the last status code answered, if any
   * @param finalUrl the address the redirects ended at
   * @param redirects each address redirected to, in order
   * @param problem why the link does not work; {@code null} when it answered 2xx
   */
  record Outcome(
      @Nullable Integer status,
      String finalUrl,
      List<String> redirects,
      @Nullable Problem problem) {
    Outcome {
      redirects = List.copyOf(redirects);
    }

    boolean good() {
      return problem == null;
    }
  }

  /** Checks {@code start}, following redirects. */
  Outcome check(URI start) {
    List<String> redirects = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    URI current = start;
    Integer status = null;
    while (true) {
      if (!seen.add(current)) {
        return new Outcome(status, current.toString(), redirects, Problem.REDIRECT_LOOP);
      }
      if (!allowed(current)) {
        return new Outcome(status, current.toString(), redirects, Problem.REFUSED_ADDRESS);
      }
      Answer answer = ask(current);
      if (answer.problem() != null) {
        return new Outcome(answer.status(), current.toString(), redirects, answer.problem());
      }
      status = answer.status();
      Optional<URI> next = answer.location().map(current::resolve);
      if (next.isEmpty()) {
        boolean good = status != null && status >= 200 && status < 300;
        return new Outcome(status, current.toString(), redirects, good ? null : Problem.HTTP_ERROR);
      }
      if (redirects.size() >= settings.maxRedirects()) {
        return new Outcome(status, current.toString(), redirects, Problem.TOO_MANY_REDIRECTS);
      }
      current = next.get();
      redirects.add(current.toString());
    }
  }

  private boolean allowed(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return false;
    }
    if (settings.allowPrivateAddresses()) {
      return true;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
        if (LinkAddress.internal(a)) {
          return false;
        }
      }
      return !LinkAddress.internalName(uri.getHost());
    } catch (UnknownHostException e) {
      // Not resolvable: the request will fail as unreachable, and connects nowhere.
      return true;
    }
  }

  /** One request's answer: a status and a redirect target, or a problem. */
  private record Answer(
      @Nullable Integer status, Optional<URI> location, @Nullable Problem problem) {}

  private Answer ask(URI uri) {
    Answer head = send(uri, "HEAD");
    if (head.problem() == Problem.TIMEOUT || head.problem() == Problem.REFUSED_ADDRESS) {
      return head;
    }
    Integer s = head.status();
    if (s != null && (s < 400 || s == 404 || s == 410)) {
      return head;
    }
    return send(uri, "GET");
  }

  private Answer send(URI uri, String method) {
    pace(uri.getHost());
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(settings.requestTimeout())
            .header("User-Agent", AGENT)
            .build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        // The body is not read: the status and headers are the answer.
        int status = response.statusCode();
        Optional<URI> location =
            isRedirect(status)
                ? response.headers().firstValue("Location").flatMap(LinkProbe::uri)
                : Optional.empty();
        return new Answer(status, location, null);
      }
    } catch (HttpTimeoutException e) {
      return new Answer(null, Optional.empty(), Problem.TIMEOUT);
    } catch (IOException | IllegalArgumentException e) {
      return new Answer(null, Optional.empty(), Problem.UNREACHABLE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(null, Optional.empty(), Problem.UNREACHABLE);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static Optional<URI> uri(String raw) {
    try {
      return Optional.of(URI.create(raw.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Waits until {@link LinksSettings#hostPace()} has passed since the last request to host. */
  private synchronized void pace(String host) {
    long pace = settings.hostPace().toNanos();
    Long last = lastRequest.get(host);
    long now = System.nanoTime();
    if (last != null && pace > 0 && now - last < pace) {
      try {
        Thread.sleep((pace - (now - last)) / 1_000_000L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lastRequest.put(host, System.nanoTime());
  }
}
