// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * SMS through an HTTP gateway ({@code civicdesk.sms.gateway=http}): each message is one {@code
 * POST} of JSON to {@code civicdesk.sms.http.url} with {@code Authorization: Bearer
 * <civicdesk.sms.http.key>}:
 *
 * <pre>{"messageId": "…", "to": "0912345678", "text": "…", "segments": 1,
 *  "callbackUrl": "https://…/api/v1/notifications/delivery-receipts"}</pre>
 *
 * ({@code callbackUrl} only when {@code civicdesk.public-base-url} is set.) A 2xx answer means
 * accepted; its JSON {@code id}, if any, is kept as the gateway's reference. A 4xx other than 408
 * and 429 is a permanent refusal (e.g. an invalid number) and is not retried; anything else (5xx,
 * 408, 429, no connection) is retried with backoff.
 */
class HttpSmsChannel implements MessageChannel {

  private final RestClient http;
  private final URI url;
  private final String key;
  private final @Nullable String callbackUrl;

  HttpSmsChannel(RestClient.Builder http, URI url, String key, @Nullable String callbackUrl) {
    this.http = http.build();
    this.url = url;
    this.key = key;
    this.callbackUrl = callbackUrl;
  }

  @Override
  public NoticeChannel channel() {
    return NoticeChannel.SMS;
  }

  @Override
  public List<Outcome> send(List<Outgoing> messages) {
    List<Outcome> outcomes = new ArrayList<>(messages.size());
    for (Outgoing message : messages) {
      outcomes.add(sendOne(message));
    }
    return outcomes;
  }

  private Outcome sendOne(Outgoing message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageId", message.messageId().toString());
    body.put("to", message.recipient());
    body.put("text", message.text());
    body.put("segments", SmsText.segments(message.text()));
    if (callbackUrl != null) {
      body.put("callbackUrl", callbackUrl);
    }
    try {
      Accepted accepted =
          http.post()
              .uri(url)
              .contentType(MediaType.APPLICATION_JSON)
              .header("Authorization", "Bearer " + key)
              .body(body)
              .retrieve()
              .body(Accepted.class);
      return new Sent(accepted == null ? null : accepted.id());
    } catch (RestClientResponseException e) {
      HttpStatusCode status = e.getStatusCode();
      boolean permanent =
          status.is4xxClientError() && status.value() != 408 && status.value() != 429;
      return new Failed("HTTP " + status.value(), permanent);
    } catch (RestClientException e) {
      return new Failed(e.getClass().getSimpleName(), false);
    }
  }

  /** The gateway's answer; {@code id} is its reference for delivery receipts. */
  record Accepted(@Nullable String id) {}
}
