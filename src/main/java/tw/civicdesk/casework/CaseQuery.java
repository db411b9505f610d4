// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * One page of a console case list, asked for by {@code staff}: their own agency only, always. The
 * view decides the scope (see {@link CaseListView}); the filter narrows it further.
 *
 * @param after where the previous page ended, {@code null} for the first page
 * @param size rows per page, 1 to {@value #MAX_SIZE}
 */
public record CaseQuery(StaffPrincipal staff, CaseListView view, Filter filter, Sort sort,
    @Nullable Cursor after, int size) {

  /** The largest page. */
  public static final int MAX_SIZE = 100;

  /** The due-date sort key of a case without a due date (awaiting a supplement): last. */
  public static final LocalDate NO_DUE_DATE = LocalDate.of(9999, 12, 31);

  /**
   * @throws ViewNotAllowed when {@code staff} may not open {@code view}
   * @throws IllegalArgumentException when {@code size} is out of range
   */
  public CaseQuery {
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
    if (!CaseListView.allowedFor(staff).contains(view)) {
      throw new ViewNotAllowed();
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("Page size out of range");
    }
    if (after != null && (after.key() == null) != (sort == Sort.NUMBER)) {
      throw new IllegalArgumentException("A cursor carries a key exactly when the sort has one");
    }
  }

  /**
   * What to narrow a view to; every part is optional.
   *
   * @param statuses only these statuses; empty = the view's own statuses
   * @param dueFrom due on or after this day (cases without a due date never match)
   * @param dueBy due on or before this day (cases without a due date never match)
   * @param overdueOnly only cases still being worked whose due date has passed
   */
  public record Filter(Set<CaseStatus> statuses, @Nullable ServiceCode service,
      @Nullable Channel channel, @Nullable LocalDate dueFrom, @Nullable LocalDate dueBy,
      boolean overdueOnly) {

    /** No filter at all. */
    public static final Filter NONE = new Filter(Set.of(), null, null, null, false);

    public Filter {
      statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** A filter without a first due day. */
    public Filter(Set<CaseStatus> statuses, @Nullable ServiceCode service,
        @Nullable Channel channel, @Nullable LocalDate dueBy, boolean overdueOnly) {
      this(statuses, service, channel, null, dueBy, overdueOnly);
    }
  }

  /** The order of a list; ties are broken by case number, so the order is total. */
  public enum Sort {
    /** By due date, earliest first; cases without a due date last. */
    DUE,
    /** By the day received, earliest first. */
    RECEIVED,
    /** By case number. */
    NUMBER
  }

  /**
   * The last row of a page: its sort key ({@code null} when sorting by number) and its number.
   * The next page starts strictly after it (keyset paging).
   */
  public record Cursor(@Nullable LocalDate key, CaseNumber number) {
    public Cursor {
      Objects.requireNonNull(number, "number");
    }
  }

  /** A view the staff member's roles do not open. */
  public static class ViewNotAllowed extends InvalidInputException {
    ViewNotAllowed() {
      super("casework.list.error.view");
      onField("view");
    }
  }
}
