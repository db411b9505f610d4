// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.address;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public address, for links that leave the page: a receipt's tracking link and its QR
 * code, links in e-mails and SMS. Contract of {@link #baseUrl()}:
 *
 * <ol>
 *   <li>{@code civicdesk.public-base-url} when it is set (a production deployment sets it; read
 *       here alone, through {@link PublicAddressSettings});
 *   <li>else, during a request, the address that request reached the site at — scheme, host and
 *       port as Tomcat leaves them after its RemoteIpValve ({@code
 *       server.forward-headers-strategy=native}): a trusted proxy's {@code X-Forwarded-Host} and
 *       {@code X-Forwarded-Proto} count, an untrusted peer's are ignored (ADR 0024) — plus the
 *       context path;
 *   <li>else (a scheduled job, the outbox worker) the empty string: callers then leave an absolute
 *       link out rather than guess a host.
 * </ol>
 *
 * Messages are rendered when they are queued, in the request that caused them, so without the
 * setting a message carries the address of that request (ADR 0033). Never ends with a slash.
 */
@Component
public class PublicAddress {

  private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);

  private final String configured;

  PublicAddress(PublicAddressSettings settings) {
    this.configured = stripSlash(settings.publicBaseUrl().strip());
  }

  /** An address from the setting {@code configured} alone (for tests and plain objects). */
  public static PublicAddress of(String configured) {
    return new PublicAddress(new PublicAddressSettings(configured));
  }

  @jakarta.annotation.PostConstruct
  void sayWhenUnset() {
    if (configured.isEmpty()) {
      LOG.warn(
          "civicdesk.public-base-url is not set: links in receipts and messages take the"
              + " address each request names (its Host); set it in production (ADR 0033)");
    }
  }

  /** Whether {@code civicdesk.public-base-url} is set. */
  public boolean configured() {
    return !configured.isEmpty();
  }

  /**
   * The site's address without a trailing slash, e.g. {@code https://desk.yilan.gov.tw}; empty
   * outside a request when the setting is unset.
   */
  public String baseUrl() {
    if (!configured.isEmpty()) {
      return configured;
    }
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes)) {
      return "";
    }
    return stripSlash(
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .replaceQuery(null)
            .fragment(null)
            .build()
            .toUriString());
  }

  /** {@code path} (starting with a slash) on the site's address; relative when none is known. */
  public String link(String path) {
    return baseUrl() + path;
  }

  /**
   * {@code path} on the site's address, for a message that carries a secret to an inbox the
   * requester need not own — a "my cases" link asked for with somebody's e-mail address. With the
   * setting, as {@link #link}. Without it the request's address is taken only when the request came
   * to a loopback host or through a trusted proxy (which answers for the Host it forwards): any
   * other peer could name its own site in the Host header, and the secret would travel there when
   * the owner follows the link (host-header poisoning). Otherwise {@code path} alone, which still
   * carries the secret to its owner, just not as a clickable link.
   */
  public String linkForSecret(String path) {
    if (!configured.isEmpty()) {
      return configured + path;
    }
    if (!(RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes current)) {
      return path;
    }
    jakarta.servlet.http.HttpServletRequest request = current.getRequest();
    boolean viaTrustedProxy = Boolean.TRUE.equals(request.getAttribute(FORWARDED_BY_TRUSTED_PROXY));
    return viaTrustedProxy || isLoopback(request.getServerName()) ? link(path) : path;
  }

  /** Set by Tomcat's RemoteIpValve on a request it took from a trusted proxy. */
  private static final String FORWARDED_BY_TRUSTED_PROXY = "org.apache.tomcat.request.forwarded";

  private static boolean isLoopback(String host) {
    String h =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return h.equalsIgnoreCase("localhost") || h.equals("::1") || h.startsWith("127.");
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
