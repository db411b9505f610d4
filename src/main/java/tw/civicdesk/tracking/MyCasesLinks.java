// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The short-lived "my cases" links: a token of 32 random bytes (base64url, 43 characters) for
 * one e-mail address, valid for {@code civicdesk.tracking.my-cases-link-lifetime}. Only the
 * token's SHA-256 is stored; expired rows are deleted whenever a link is issued or opened.
 */
@Repository
class MyCasesLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration lifetime;
  private final String baseUrl;

  MyCasesLinks(JdbcClient jdbc, Clock clock,
      @Value("${civicdesk.tracking.my-cases-link-lifetime:30m}") Duration lifetime,
      @Value("${civicdesk.public-base-url:http://localhost:8080}") String baseUrl) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.lifetime = lifetime;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** How long a link is valid. */
  Duration lifetime() {
    return lifetime;
  }

  /**
   * A new link for {@code normalisedEmail}, opening the list in {@code language}: the site's
   * public address, {@code /track/mine/} and a new token, of which only the digest is kept.
   */
  String issueLink(String normalisedEmail, Locale language) {
    return baseUrl + "/track/mine/" + issue(normalisedEmail) + "?lang="
        + Languages.tag(Languages.normalise(language));
  }

  private String issue(String normalisedEmail) {
    Instant now = clock.instant();
    purge(now);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    jdbc.sql("""
        insert into tracking_my_cases_link (token_hash, email, created_at, expires_at)
        values (?, ?, ?, ?)
        """).params(Sha256.hex(token), normalisedEmail, Timestamp.from(now),
            Timestamp.from(now.plus(lifetime))).update();
    return token;
  }

  /** The address the unexpired link {@code token} is for; empty when unknown or expired. */
  Optional<String> emailFor(@Nullable String token) {
    Instant now = clock.instant();
    purge(now);
    if (token == null || token.length() != 43) {
      return Optional.empty();
    }
    return jdbc.sql("select email from tracking_my_cases_link"
            + " where token_hash = ? and expires_at > ?")
        .params(Sha256.hex(token), Timestamp.from(now)).query(String.class).optional();
  }

  private void purge(Instant now) {
    jdbc.sql("delete from tracking_my_cases_link where expires_at <= ?")
        .param(Timestamp.from(now)).update();
  }
}
