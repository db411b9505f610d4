// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link IntegrationTest} with small throttle limits, for the tests of the one throttle (ADR 0024);
 * every class with this annotation shares one context (a second one beside the integration tests'):
 * {@value #FAILURES} failed receipt checks per client address and per case in 15 minutes, {@value
 * #LINKS} message-sending requests, {@value #FILINGS} anonymous filings an hour (each door),
 * {@value #FOLLOWS} follows of reports, {@value #KIOSK_ANSWERS} answers per counter kiosk an hour
 * and a kiosk that starts again after {@value #KIOSK_IDLE_SECONDS} seconds untouched — and a
 * trusted reverse proxy on 127.0.0.1, so that requests over real HTTP from the tests may name their
 * client in {@code X-Forwarded-For} (MockMvc requests do not pass through Tomcat and are
 * unaffected) — and no {@code civicdesk.public-base-url}, so links take the request's address.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(
    properties = {
      "civicdesk.tracking.max-failures=" + ThrottleLimits.FAILURES,
      "civicdesk.tracking.window=15m",
      "civicdesk.tracking.max-link-requests=" + ThrottleLimits.LINKS,
      "civicdesk.intake.anonymous-per-hour=" + ThrottleLimits.FILINGS,
      "civicdesk.petitions.anonymous-per-hour=" + ThrottleLimits.FILINGS,
      "civicdesk.petitions.follows-per-hour=" + ThrottleLimits.FOLLOWS,
      "civicdesk.surveys.anonymous-per-hour=" + ThrottleLimits.FILINGS,
      "civicdesk.faq.votes-per-hour=" + ThrottleLimits.FILINGS,
      "civicdesk.search.per-hour=" + ThrottleLimits.FILINGS,
      "civicdesk.proposals.anonymous-per-hour=" + ThrottleLimits.FILINGS,
      "civicdesk.surveys.kiosk-per-hour=" + ThrottleLimits.KIOSK_ANSWERS,
      "civicdesk.surveys.kiosk-idle-seconds=" + ThrottleLimits.KIOSK_IDLE_SECONDS,
      "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
      "civicdesk.public-base-url="
    })
public @interface ThrottleLimits {

  /** Failed receipt checks per client address and per case in a window. */
  int FAILURES = 3;

  /** Requests that send a message per client address and per target in a window. */
  int LINKS = 2;

  /** Anonymous filings per client address and hour (applications; petitions and reports). */
  int FILINGS = 3;

  /** "Me too" follows of facility reports per client address and hour. */
  int FOLLOWS = 2;

  /** Answers one counter kiosk may record an hour. */
  int KIOSK_ANSWERS = 3;

  /** Seconds untouched after which a counter kiosk clears a half-filled answer. */
  int KIOSK_IDLE_SECONDS = 2;
}
