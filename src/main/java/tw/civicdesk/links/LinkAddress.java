// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.links;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules for a link's address (ADR 0064): an absolute http or https URI with a host and no user
 * information, at most {@value #MAX_LENGTH} characters; and, unless private addresses are allowed,
 * none that names or resolves to a loopback, private (RFC 1918, RFC 4193), link-local,
 * carrier-grade NAT, multicast or unspecified address. Staff enter the address; the server fetches
 * it, so a refused address is the guard against using the check to probe the internal network
 * (SSRF).
 */
public final class LinkAddress {

  /** The longest address accepted. */
  public static final int MAX_LENGTH = 2000;

  private LinkAddress() {}

  /**
   * The address as written parsed, or the message key of what is wrong with it; literal internal
   * addresses and {@code localhost} are refused here already unless {@code allowPrivate}.
   */
  public static Parsed parse(String raw, boolean allowPrivate) {
    String v = raw.strip();
    if (v.isEmpty()) {
      return Parsed.problem("links.url.required");
    }
    if (v.length() > MAX_LENGTH || v.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return Parsed.problem("links.url.invalid");
    }
    URI uri;
    try {
      uri = new URI(v);
    } catch (URISyntaxException e) {
      return Parsed.problem("links.url.invalid");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Parsed.problem("links.url.scheme");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank() || uri.getRawUserInfo() != null) {
      return Parsed.problem("links.url.invalid");
    }
    if (!allowPrivate && internalName(host)) {
      return Parsed.problem("links.url.private");
    }
    return new Parsed(uri, null);
  }

  /** Whether {@code host} is {@code localhost} or a literal internal address. */
  static boolean internalName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".internal")) {
      return true;
    }
    Optional<InetAddress> literal = literal(h);
    return literal.isPresent() && internal(literal.get());
  }

  private static Optional<InetAddress> literal(String host) {
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    boolean looksLiteral = h.contains(":") || h.matches("[0-9.]+") || h.matches("0x[0-9a-f.x]+");
    if (!looksLiteral) {
      return Optional.empty();
    }
    try {
      // A literal is parsed without a DNS query.
      return Optional.of(InetAddress.getByName(h));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** Whether the check must not connect to {@code address} when private addresses are refused. */
  public static boolean internal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      // 0/8, 100.64/10 (carrier-grade NAT), 192.0.0/24, 198.18/15 (benchmarks), 240/4
      return first == 0
          || first == 100 && second >= 64 && second < 128
          || first == 192 && second == 0 && (b[2] & 0xff) == 0
          || first == 198 && (second == 18 || second == 19)
          || first >= 240;
    }
    if (address instanceof Inet6Address) {
      // fc00::/7 unique local; an IPv4-mapped address is judged as its IPv4 address by the JDK
      return (b[0] & 0xfe) == 0xfc;
    }
    return false;
  }

  /**
   * An address as parsed: {@code uri} when it is acceptable, else {@code problem} (a message key).
   */
  public record Parsed(URI uri, @Nullable String problem) {
    static Parsed problem(String key) {
      return new Parsed(URI.create("about:blank"), key);
    }

    /** Whether the address may be stored. */
    public boolean ok() {
      return problem == null;
    }
  }
}
