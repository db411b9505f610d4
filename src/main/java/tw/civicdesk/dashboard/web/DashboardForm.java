// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard.web;

import org.jspecify.annotations.Nullable;

/** The dashboard's query parameters as typed: agency, first and last month, grouping. */
public class DashboardForm {

  private @Nullable String agency;
  private @Nullable String from;
  private @Nullable String to;
  private @Nullable String by;

  public @Nullable String getAgency() {
    return agency;
  }

  public void setAgency(@Nullable String agency) {
    this.agency = agency;
  }

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

  public @Nullable String getBy() {
    return by;
  }

  public void setBy(@Nullable String by) {
    this.by = by;
  }
}
