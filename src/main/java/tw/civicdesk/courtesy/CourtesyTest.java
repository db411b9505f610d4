// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.courtesy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A phone-courtesy test as recorded and scored.
 *
 * @param sheetId the sheet version it was scored with (kept when the sheet is edited)
 * @param calledOn the day of the call in Taiwan, what spans and quarters count by
 * @param parts the codes of the parts tested
 * @param inputs what the tester entered: {@code rings}, {@code seconds} (per part) and {@code
 *     marks} (per item), as lists
 * @param points points per item code, as the server scored them
 * @param total the total out of 100, one decimal
 * @param band the band's code, e.g. {@code EXCELLENT}
 * @param answeredBy who answered, if the tester noted it; personal data, shown only where the
 *     agency allows names
 * @param tester the tester's username; shown only where the agency allows names
 */
public record CourtesyTest(
    long id,
    AgencyCode agency,
    long sheetId,
    long unitId,
    @Nullable Long slotId,
    String extension,
    Instant calledAt,
    LocalDate calledOn,
    List<String> parts,
    Map<String, List<@Nullable Integer>> inputs,
    Map<String, BigDecimal> points,
    BigDecimal total,
    String band,
    String answeredBy,
    String tester,
    String notes) {}
