// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.internal.CaseReach;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidInputException;

/**
 * One page of a console case list, asked for by {@code staff}: their own agency only, always. The
 * view decides the scope (see {@link CaseQuery.View}); the filter narrows it further.
 *
 * @param after where the previous page ended, {@code null} for the first page
 * @param size rows per page, 1 to {@value #MAX_SIZE}
 */
public record CaseQuery(
    StaffPrincipal staff,
    CaseQuery.View view,
    Filter filter,
    Sort sort,
    @Nullable Cursor after,
    int size) {

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
    if (!CaseQuery.View.allowedFor(staff).contains(view)) {
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
  public record Filter(
      Set<CaseStatus> statuses,
      @Nullable ServiceCode service,
      @Nullable Channel channel,
      @Nullable LocalDate dueFrom,
      @Nullable LocalDate dueBy,
      boolean overdueOnly) {

    /** No filter at all. */
    public static final Filter NONE = new Filter(Set.of(), null, null, null, false);

    public Filter {
      statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** A filter without a first due day. */
    public Filter(
        Set<CaseStatus> statuses,
        @Nullable ServiceCode service,
        @Nullable Channel channel,
        @Nullable LocalDate dueBy,
        boolean overdueOnly) {
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
   * The last row of a page: its sort key ({@code null} when sorting by number) and its number. The
   * next page starts strictly after it (keyset paging).
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

  /**
   * One case in a console list; nothing about the applicant.
   *
   * @param serviceCode the catalogue service, {@code null} for kinds other than applications
   * @param dueDate {@code null} while a supplement is awaited
   * @param officer the assigned officer's username, {@code null} before assignment
   * @param overdue whether the case is still being worked and its due date has passed
   * @param unitId the unit handling the case
   * @param serviceVersion the version of {@code serviceCode} the case was filed under (for its
   *     name)
   */
  public record Row(
      CaseNumber number,
      @Nullable String serviceCode,
      Channel channel,
      CaseStatus status,
      LocalDate receivedOn,
      @Nullable LocalDate dueDate,
      @Nullable String officer,
      boolean overdue,
      long unitId,
      @Nullable Integer serviceVersion) {}

  /**
   * One page of a case list.
   *
   * @param next where the next page starts, {@code null} on the last page
   */
  public record Page(List<Row> rows, @Nullable Cursor next) {
    public Page {
      rows = List.copyOf(rows);
    }
  }

  /**
   * The work lists of the console (案件清單). Every view is limited to the staff member's own agency
   * and to the cases they reach ({@link CaseReach}); which views a staff member may open follows
   * from their roles:
   *
   * <ul>
   *   <li>{@link #MINE}: the cases assigned to me that are not final yet — case officers and unit
   *       heads;
   *   <li>{@link #UNIT}: my unit's cases that are not final yet — case officers and unit heads who
   *       belong to a unit;
   *   <li>{@link #UNASSIGNED}: received cases without an officer — unit heads (their own unit's),
   *       quality officers and agency or system administrators (the whole agency's);
   *   <li>{@link #ALL}: every case in reach in any status — the whole agency for agency-wide roles,
   *       the cases they filed for a counter clerk, their unit's and their own for a unit head —
   *       everyone but a plain case officer.
   * </ul>
   */
  public enum View {
    MINE,
    UNIT,
    UNASSIGNED,
    ALL;

    /** The views {@code staff} may open, in display order; never empty. */
    public static Set<View> allowedFor(StaffPrincipal staff) {
      Set<View> views = EnumSet.noneOf(View.class);
      boolean worker = staff.has(Role.CASE_OFFICER) || staff.has(Role.UNIT_HEAD);
      if (worker) {
        views.add(MINE);
        if (staff.unitId() != null) {
          views.add(UNIT);
        }
      }
      if (staff.has(Role.UNIT_HEAD) || agencyWide(staff)) {
        views.add(UNASSIGNED);
      }
      if (!(views.contains(MINE) && staff.roles().equals(Set.of(Role.CASE_OFFICER)))) {
        views.add(ALL);
      }
      return views;
    }

    /**
     * The view a staff member sees first: mine for officers, unassigned for unit heads, else all.
     */
    public static View defaultFor(StaffPrincipal staff) {
      if (staff.has(Role.CASE_OFFICER)) {
        return MINE;
      }
      if (staff.has(Role.UNIT_HEAD)) {
        return UNASSIGNED;
      }
      return ALL;
    }

    /** Whether {@code staff} sees the unassigned cases of the whole agency, not just their unit. */
    public static boolean agencyWide(StaffPrincipal staff) {
      return staff.has(Role.QUALITY_OFFICER)
          || staff.has(Role.AGENCY_ADMIN)
          || staff.has(Role.SYSTEM_ADMIN);
    }
  }
}
