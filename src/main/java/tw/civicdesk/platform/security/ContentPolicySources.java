// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.platform.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Origins other than the site itself that its pages may load images from (e.g. the tiles of a map
 * server named in a setting), published as a bean by the module whose pages need them; the security
 * headers add every one to the content policy's {@code img-src}. Scripts, styles and everything
 * else stay the site's own.
 */
public interface ContentPolicySources {

  /** What a source must look like: a scheme, a host (its first label may be {@code *}), a port. */
  Pattern ORIGIN = Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");

  /**
   * The origins images may come from, each matching {@link #ORIGIN} (e.g. {@code
   * https://tile.openstreetmap.org}, {@code https://*.tile.example.org}); possibly none.
   */
  List<String> imageOrigins();
}
