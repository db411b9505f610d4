// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.web.client.RestClient;

/**
 * The channels the {@link NotificationDispatcher} delivers through, run on Spring's scheduler:
 *
 * <ul>
 *   <li>e-mail when a mail server is configured ({@code spring.mail.host});
 *   <li>SMS by {@code civicdesk.sms.gateway}: {@code log} (default; development, nothing leaves the
 *       machine), {@code http} (a gateway at {@code civicdesk.sms.http.url} with {@code
 *       civicdesk.sms.http.key}) or {@code off} (SMS stay queued).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationConfiguration.class);

  /** The enabled channels; a channel absent here keeps its messages queued. */
  record Channels(List<MessageChannel> all) {}

  /** Runs the dispatcher every {@code civicdesk.notification.poll}, the first time at start. */
  @Bean
  SchedulingConfigurer outboxPolling(
      NotificationDispatcher dispatcher, NotificationSettings settings) {
    return tasks -> tasks.addFixedDelayTask(dispatcher::dispatchDue, settings.poll());
  }

  @Bean
  Channels messageChannels(
      ObjectProvider<JavaMailSender> mail, SmsSettings sms, MessageLinks links) {
    List<MessageChannel> channels = new ArrayList<>();
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      LOG.info("E-mail is off (spring.mail.host is not set): e-mail notices stay queued");
    } else {
      channels.add(new EmailChannel(sender));
    }
    String url = sms.http().url();
    String key = sms.http().key();
    switch (sms.gateway()) {
      case LOG -> channels.add(new LogOnlySmsChannel());
      case HTTP -> {
        if (url.isBlank() || key.isBlank()) {
          throw new IllegalStateException(
              "civicdesk.sms.gateway=http needs civicdesk.sms.http.url and civicdesk.sms.http.key");
        }
        RestClient.Builder http = RestClient.builder().requestFactory(requestFactory());
        // Built at start-up, outside any request: only the setting can name the callback.
        String callback = links.link("/api/v1/notifications/delivery-receipts");
        if (callback == null) {
          LOG.info(
              "civicdesk.public-base-url is not set: SMS are sent without a callbackUrl;"
                  + " configure the delivery-receipt address at the gateway");
        }
        channels.add(new HttpSmsChannel(http, URI.create(url), key, callback));
      }
      case OFF -> LOG.info("SMS is off (civicdesk.sms.gateway=off): SMS notices stay queued");
    }
    return new Channels(List.copyOf(channels));
  }

  private static JdkClientHttpRequestFactory requestFactory() {
    JdkClientHttpRequestFactory factory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    factory.setReadTimeout(Duration.ofSeconds(10));
    return factory;
  }
}
