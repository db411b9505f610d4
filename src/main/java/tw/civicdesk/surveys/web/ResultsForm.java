// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the results page and its downloads, as typed: {@code from} and {@code to} ({@code
 * yyyy-MM-dd}, inclusive), {@code unit} (id), {@code service} (code), {@code channel}, and the
 * trend's period {@code trend} ({@code month}, {@code quarter}, {@code year}).
 */
public class ResultsForm {

  private @Nullable String from;
  private @Nullable String to;
  private @Nullable String unit;
  private @Nullable String service;
  private @Nullable String channel;
  private @Nullable String trend;

  public @Nullable String getFrom() {
    return from;
  }

  public void setFrom(@Nullable String from) {
    this.from = from;
  }

  public @Nullable String getTo() {
    return to;
  }

  public void setTo(@Nullable String to) {
    this.to = to;
  }

  public @Nullable String getUnit() {
    return unit;
  }

  public void setUnit(@Nullable String unit) {
    this.unit = unit;
  }

  public @Nullable String getService() {
    return service;
  }

  public void setService(@Nullable String service) {
    this.service = service;
  }

  public @Nullable String getChannel() {
    return channel;
  }

  public void setChannel(@Nullable String channel) {
    this.channel = channel;
  }

  public @Nullable String getTrend() {
    return trend;
  }

  public void setTrend(@Nullable String trend) {
    this.trend = trend;
  }
}
