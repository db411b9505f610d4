// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.URL;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of SMS.
 *
 * @param gateway {@code civicdesk.sms.gateway}: the SMS adapter, {@code log} (the default;
 *     development, nothing leaves the machine), {@code http} or {@code off}
 * @param http {@code civicdesk.sms.http.*}: the HTTP gateway, needed with {@code http}
 * @param callbackKey {@code civicdesk.sms.callback-key}: the bearer key the gateway presents with
 *     delivery receipts; empty (the default) refuses every receipt
 */
@ConfigurationProperties("civicdesk.sms")
@Validated
record SmsSettings(
    @DefaultValue("log") @NotNull Gateway gateway,
    @DefaultValue @Valid Http http,
    @DefaultValue("") String callbackKey) {

  /** The SMS adapters. */
  enum Gateway {
    /** Logs message id and parts only, sends nothing. */
    LOG,
    /** An HTTP gateway ({@link HttpSmsChannel}). */
    HTTP,
    /** SMS stay queued. */
    OFF
  }

  /**
   * The HTTP gateway.
   *
   * @param url {@code civicdesk.sms.http.url}: where each message is posted (empty by default)
   * @param key {@code civicdesk.sms.http.key}: the bearer key presented to it (empty by default)
   */
  record Http(
      @DefaultValue("") @URL(regexp = "(https?://.+)?") String url, @DefaultValue("") String key) {}
}
