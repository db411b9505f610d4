// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * A category a citizen chooses for a case of {@link #kind()} at an agency (路燈故障, 道路坑洞, 服務態度 …). Its
 * code is unique within the agency and is the Open311 {@code service_code}.
 *
 * @param limit the category's own time limit (a facility report's tier, in hours or days), {@code
 *     null} to take the kind's
 * @param active whether new cases may choose it; an inactive category keeps its cases
 */
public record Category(
    AgencyCode agency,
    String code,
    CaseKind kind,
    BilingualText name,
    @Nullable TimeLimit limit,
    int position,
    boolean active) {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public Category {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(name, "name");
    if (!isCode(code)) {
      throw new IllegalArgumentException("A category code is 1-40 of a-z, 0-9 and -");
    }
  }

  /** Whether {@code code} has the shape of a category code (it may still not exist). */
  public static boolean isCode(@Nullable String code) {
    return code != null && CODE.matcher(code).matches();
  }
}
