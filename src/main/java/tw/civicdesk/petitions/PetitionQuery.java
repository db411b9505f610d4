// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.organisation.AgencyCode;

/**
 * A page of the read model ({@link Petitions#find}) in filing order, by keyset: the next page
 * starts after the last row of this one ({@link #after}), so page 1,000 costs what page 1 costs. An
 * empty set filters nothing.
 *
 * @param filedFrom inclusive, {@code null} for no bound
 * @param filedTo exclusive, {@code null} for no bound
 * @param newestFirst descending filing order instead of ascending
 * @param limit rows wanted, 1 to {@value #MAX_LIMIT}
 */
public record PetitionQuery(
    AgencyCode agency,
    Set<CaseKind> kinds,
    Set<String> categories,
    Set<CaseStatus> statuses,
    Set<CaseNumber> numbers,
    @Nullable Instant filedFrom,
    @Nullable Instant filedTo,
    @Nullable Cursor after,
    boolean newestFirst,
    int limit) {

  /** The most rows one page returns. */
  public static final int MAX_LIMIT = 1000;

  public PetitionQuery {
    kinds = Set.copyOf(kinds);
    categories = Set.copyOf(categories);
    statuses = Set.copyOf(statuses);
    numbers = Set.copyOf(numbers);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  /** Every case of {@code agency}, oldest first, {@code limit} at a time. */
  public static PetitionQuery of(AgencyCode agency, int limit) {
    return new PetitionQuery(
        agency, Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, false, limit);
  }

  /** The same query for the page after {@code row}. */
  public PetitionQuery after(PetitionView row) {
    return new PetitionQuery(
        agency,
        kinds,
        categories,
        statuses,
        numbers,
        filedFrom,
        filedTo,
        new Cursor(row.filedAt(), row.number()),
        newestFirst,
        limit);
  }

  /** Where a page starts: after the row filed at {@code filedAt} with {@code number}. */
  public record Cursor(Instant filedAt, CaseNumber number) {}
}
