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
 * tests isolate their data by creating their own agencies, staff and dates.
 *
 * <p>E-mail goes to {@link #SMTP_PORT} on the loopback, where notification tests run GreenMail
 * (elsewhere nothing listens and queued mail stays queued), and SMS to an HTTP gateway at {@link
 * #SMS_PORT} (likewise); the dispatcher polls hourly, so tests
 * run it by calling it, and a failed send is retried after 300 ms rather than 10 s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"civicdesk.embedded-db.dir=", "civicdesk.demo.enabled=false",
        "spring.mail.host=127.0.0.1", "spring.mail.port=" + IntegrationTest.SMTP_PORT,
        "civicdesk.notification.poll=1h", "civicdesk.notification.backoff=300ms",
        "civicdesk.sms.gateway=http",
        "civicdesk.sms.http.url=http://127.0.0.1:" + IntegrationTest.SMS_PORT + "/sms",
        "civicdesk.sms.http.key=" + IntegrationTest.SMS_KEY,
        "civicdesk.sms.callback-key=" + IntegrationTest.CALLBACK_KEY,
        "civicdesk.deadlines.sweep-cron=-"})
@AutoConfigureMockMvc
public @interface IntegrationTest {

  /** The fixed SMTP port of the tests' GreenMail server. */
  int SMTP_PORT = 30251;

  /** The fixed port of the tests' SMS gateway (a JDK HTTP server), where one runs. */
  int SMS_PORT = 30252;

  /** The key the application presents to the SMS gateway. */
  String SMS_KEY = "test-gateway-key";

  /** The key the SMS gateway presents with its delivery receipts. */
  String CALLBACK_KEY = "test-callback-key";
}
