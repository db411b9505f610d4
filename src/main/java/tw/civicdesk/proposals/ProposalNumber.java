// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.proposals;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A proposal's stable number: the agency's code, {@code P}, the year it was submitted (Taiwan time)
 * and its place among the agency's proposals of that year, three digits at least, e.g. {@code
 * HC-EAST-HEALTH-P-2026-003} (ADR 0056).
 *
 * @param value the number as shown
 */
public record ProposalNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*-P-\\d{4}-\\d{3,6}");

  public ProposalNumber {
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a proposal number");
    }
  }

  /** The number of the {@code n}-th proposal of {@code agency} in {@code year}. */
  public static ProposalNumber of(AgencyCode agency, int year, int n) {
    return new ProposalNumber(String.format(Locale.ROOT, "%s-P-%d-%03d", agency.value(), year, n));
  }

  /** {@code raw} as a number, empty when it is not one. */
  public static Optional<ProposalNumber> parse(String raw) {
    String s = raw.strip().toUpperCase(Locale.ROOT);
    return FORMAT.matcher(s).matches() ? Optional.of(new ProposalNumber(s)) : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
