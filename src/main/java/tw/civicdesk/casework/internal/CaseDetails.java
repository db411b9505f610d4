// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an application said besides the applicant: the service's form values by field name, and for
 * a letter the postmark date (郵戳日期).
 */
public record CaseDetails(Map<String, String> fields, @Nullable LocalDate postmarkedOn) {
  public CaseDetails {
    fields = Map.copyOf(fields);
  }
}
