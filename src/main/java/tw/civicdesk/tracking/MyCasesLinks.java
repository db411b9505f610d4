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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tw.civicdesk.notification.MessageSecret;
import tw.civicdesk.platform.address.PublicAddress;
import tw.civicdesk.platform.i18n.Languages;

/**
 * The short-lived "my cases" links: a token of 32 random bytes (base64url, 43 characters) for one
 * e-mail address, valid for {@code civicdesk.tracking.my-cases-link-lifetime}. Only the token's
 * SHA-256 is stored; expired rows are deleted whenever a link is issued or opened.
 */
@Repository
class MyCasesLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration lifetime;
  private final PublicAddress address;

  MyCasesLinks(JdbcClient jdbc, Clock clock, TrackingSettings settings, PublicAddress address) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.lifetime = settings.myCasesLinkLifetime();
    this.address = address;
  }

  /** How long a link is valid. */
  Duration lifetime() {
    return lifetime;
  }

  /**
   * A new link, as a message carries it: the site's public address ({@link
   * PublicAddress#linkForSecret}: without the setting, never a Host an untrusted peer names),
   * {@code /track/mine/} and {@link MessageSecret#PLACEHOLDER} where the token goes, and the token,
   * which only the message's sending puts in (ADR 0028); {@link #toString()} withholds the token.
   */
  record Issued(String withPlaceholder, String token) {
    @Override
    public String toString() {
      return "Issued[" + withPlaceholder + ", token withheld]";
    }
  }

  /**
   * A new link for {@code normalisedEmail}, opening the list in {@code language}, with a new token
   * of which only the digest is kept here.
   */
  Issued issueLink(String normalisedEmail, Locale language) {
    return new Issued(
        address.linkForSecret(
            "/track/mine/"
                + MessageSecret.PLACEHOLDER
                + "?lang="
                + Languages.tag(Languages.normalise(language))),
        issue(normalisedEmail));
  }

  private String issue(String normalisedEmail) {
    Instant now = clock.instant();
    purge(now);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    jdbc.sql(
            """
        insert into tracking_my_cases_link (token_hash, email, created_at, expires_at)
        values (?, ?, ?, ?)
        """)
        .params(
            Sha256.hex(token),
            normalisedEmail,
            Timestamp.from(now),
            Timestamp.from(now.plus(lifetime)))
        .update();
    return token;
  }

  /** The address the unexpired link {@code token} is for; empty when unknown or expired. */
  Optional<String> emailFor(@Nullable String token) {
    Instant now = clock.instant();
    purge(now);
    if (token == null || token.length() != 43) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select email from tracking_my_cases_link" + " where token_hash = ? and expires_at > ?")
        .params(Sha256.hex(token), Timestamp.from(now))
        .query(String.class)
        .optional();
  }

  private void purge(Instant now) {
    jdbc.sql("delete from tracking_my_cases_link where expires_at <= ?")
        .param(Timestamp.from(now))
        .update();
  }
}
