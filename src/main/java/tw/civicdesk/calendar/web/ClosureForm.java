// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import tw.civicdesk.calendar.AgencyClosure;
import tw.civicdesk.calendar.ClosureKind;

/** The form that records a closure day (停止上班) of one agency. */
public class ClosureForm {

  @NotNull(message = "{form.error.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate day;

  @NotNull(message = "{form.error.required}")
  private ClosureKind kind = ClosureKind.FULL_DAY;

  @NotBlank(message = "{form.error.required}")
  @Size(max = AgencyClosure.MAX_REASON_LENGTH, message = "{form.error.too-long}")
  private String reason = "";

  public @Nullable LocalDate getDay() {
    return day;
  }

  public void setDay(@Nullable LocalDate day) {
    this.day = day;
  }

  public ClosureKind getKind() {
    return kind;
  }

  public void setKind(ClosureKind kind) {
    this.kind = kind;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
