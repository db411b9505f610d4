// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Boots the whole application on a throw-away embedded PostgreSQL, on a random port. Every
 * integration test uses this one annotation so that the run shares one context and one database;
 * tests isolate their data by creating their own agencies, staff and dates. Like the application,
 * tests connect as the application's database role, which owns no table (ADR 0030); a test that
 * needs the owner's rights asks {@link DatabaseOwner} for them.
 *
 * <p>E-mail goes to {@link #SMTP_PORT} on the loopback, where notification tests run GreenMail
 * (elsewhere nothing listens and queued mail stays queued), and SMS to an HTTP gateway at {@link
 * #SMS_PORT} (likewise); the dispatcher polls hourly, so tests run it by calling it, and a failed
 * send is retried after 300 ms rather than 10 s. Wrong receipt codes and anonymous filings are not
 * limited in practice here; {@link ThrottleLimits} gives the tests of those limits a context of
 * their own with small ones.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "civicdesk.embedded-db.dir=",
      "civicdesk.demo.enabled=false",
      "spring.mail.host=127.0.0.1",
      "spring.mail.port=${civicdesk.test.smtp-port:30251}",
      "civicdesk.notification.poll=1h",
      "civicdesk.notification.backoff=300ms",
      "civicdesk.sms.gateway=http",
      // Set, as in production; PublicAddressTests (ThrottleLimits) runs without it.
      "civicdesk.public-base-url=http://localhost:8080",
      "civicdesk.sms.http.url=http://127.0.0.1:${civicdesk.test.sms-port:30252}/sms",
      "civicdesk.sms.http.key=" + IntegrationTest.SMS_KEY,
      "civicdesk.sms.callback-key=" + IntegrationTest.CALLBACK_KEY,
      "civicdesk.deadlines.sweep-cron=-",
      "civicdesk.performance.chase-cron=-",
      "civicdesk.housekeeping.cron=-",
      "civicdesk.faq.review-cron=-",
      "civicdesk.announcements.index-cron=-",
      "civicdesk.opendata.refresh-cron=-",
      "civicdesk.opendata.build-at-start=false",
      // The link check runs when a test calls it, against a test server on the loopback.
      "civicdesk.links.check-cron=-",
      "civicdesk.links.allow-private-addresses=true",
      "civicdesk.links.host-pace=0s",
      "civicdesk.links.request-timeout=1s",
      // Most test requests come from 127.0.0.1: in the shared context they must not throttle
      // one another. The limits themselves are tested in their own context (ThrottleLimits),
      // the sign-in limit per address with instances of its own (SignInLimitsTests).
      "civicdesk.tracking.max-failures=100000",
      "civicdesk.intake.anonymous-per-hour=100000",
      "civicdesk.petitions.anonymous-per-hour=100000",
      "civicdesk.petitions.follows-per-hour=100000",
      "civicdesk.surveys.anonymous-per-hour=100000",
      "civicdesk.faq.votes-per-hour=100000",
      "civicdesk.search.per-hour=100000",
      "civicdesk.proposals.anonymous-per-hour=100000",
      // Maps draw tiles of this site's own test image: no request leaves the machine.
      "civicdesk.petitions.map-tiles=/test-tiles/tile.png?z={z}&x={x}&y={y}",
      "civicdesk.security.max-failed-sign-ins-per-address=1000"
    })
@AutoConfigureMockMvc
public @interface IntegrationTest {

  /**
   * The SMTP port of the tests' GreenMail server: 30251, or the system property {@code
   * civicdesk.test.smtp-port} (e.g. {@code ./mvnw verify -Dcivicdesk.test.smtp-port=31251}) so that
   * two checkouts can run their tests side by side.
   */
  int SMTP_PORT = Integer.getInteger("civicdesk.test.smtp-port", 30251);

  /**
   * The port of the tests' SMS gateway: 30252, or the system property {@code
   * civicdesk.test.sms-port}.
   */
  int SMS_PORT = Integer.getInteger("civicdesk.test.sms-port", 30252);

  /** The key the application presents to the SMS gateway. */
  String SMS_KEY = "test-gateway-key";

  /** The key the SMS gateway presents with its delivery receipts. */
  String CALLBACK_KEY = "test-callback-key";
}
