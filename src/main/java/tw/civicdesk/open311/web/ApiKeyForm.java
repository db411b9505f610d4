// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tw.civicdesk.open311.ApiKeys;

/** The console form that issues an Open311 API key. */
public class ApiKeyForm {

  /** The limit the form offers: ten requests a minute. */
  static final int DEFAULT_PER_HOUR = 600;

  @NotBlank(message = "{form.error.required}")
  private String agency = "";

  @NotBlank(message = "{form.error.required}")
  @Size(max = 100, message = "{form.error.too-long}")
  private String label = "";

  @NotNull(message = "{form.error.required}")
  @Min(value = 1, message = "{open311.key.per-hour.invalid}")
  @Max(value = ApiKeys.MAX_PER_HOUR, message = "{open311.key.per-hour.invalid}")
  private Integer perHour = DEFAULT_PER_HOUR;

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public Integer getPerHour() {
    return perHour;
  }

  public void setPerHour(Integer perHour) {
    this.perHour = perHour;
  }
}
