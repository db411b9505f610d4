// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.deadlines.DeadlineSettings;
import tw.civicdesk.figures.Figures;
import tw.civicdesk.figures.FiguresQuery;
import tw.civicdesk.figures.FiguresRow;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.AgencyNotFoundException;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The dashboard's API: whose dashboard a staff member may open, their due-soon and overdue cases
 * (from {@link CaseWork#list}), and the figures (from the {@link Figures} rollup, never the cases).
 */
@Service
public class Dashboard {

  /** The cases of a due list shown on the page. */
  public static final int SHOWN = 10;

  /** The statuses in which a case's clock runs: the only ones that can be due or late. */
  private static final Set<CaseStatus> CLOCK_RUNS =
      java.util.Arrays.stream(CaseStatus.values())
          .filter(CaseStatus::clockRuns)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final CaseWork cases;
  private final Figures figures;
  private final Organisation organisation;
  private final WorkingCalendar calendar;
  private final Catalogue catalogue;
  private final Clock clock;
  private final int dueSoonWorkingDays;

  Dashboard(
      CaseWork cases,
      Figures figures,
      Organisation organisation,
      WorkingCalendar calendar,
      Catalogue catalogue,
      Clock clock,
      DeadlineSettings deadlines) {
    this.cases = cases;
    this.figures = figures;
    this.organisation = organisation;
    this.calendar = calendar;
    this.catalogue = catalogue;
    this.clock = clock;
    this.dueSoonWorkingDays = deadlines.dueSoonWorkingDays();
  }

  /** Whether {@code staff} may open the dashboard: case officers and the readers of figures. */
  public static boolean mayOpen(StaffPrincipal staff) {
    return staff.has(Role.CASE_OFFICER) || seesFigures(staff);
  }

  /** Whether {@code staff} sees the figures section (see {@link Figures#READERS}). */
  public static boolean seesFigures(StaffPrincipal staff) {
    return Figures.READERS.stream().anyMatch(staff::has);
  }

  /**
   * The agency whose dashboard {@code staff} asks for: their own when {@code rawCode} is blank,
   * else one whose figures they may read.
   *
   * @throws AgencyNotFoundException (404) when the agency is unknown or out of reach
   * @throws ForbiddenException (403) when {@code staff} may not open the dashboard at all
   */
  public AgencyCode agencyFor(StaffPrincipal staff, @Nullable String rawCode) {
    AgencyCode agency = staff.agencyCode();
    if (rawCode != null && !rawCode.isBlank()) {
      if (!AgencyCode.isValid(rawCode.strip())) {
        throw new AgencyNotFoundException();
      }
      agency = AgencyCode.of(rawCode.strip());
      Set<AgencyCode> below = organisation.descendantsOf(staff.agencyCode());
      if (!organisation.exists(agency) || !AccessPolicy.canReadAggregates(staff, agency, below)) {
        throw new AgencyNotFoundException();
      }
    }
    if (!mayOpen(staff)) {
      throw new ForbiddenException("dashboard.forbidden");
    }
    return agency;
  }

  /** The agencies whose dashboard {@code staff} may open: their own, then those below it. */
  public List<Agency> agencyChoices(StaffPrincipal staff) {
    List<Agency> choices = new ArrayList<>();
    organisation.agency(staff.agencyCode()).ifPresent(choices::add);
    if (readsBelow(staff)) {
      organisation
          .descendantsOf(staff.agencyCode())
          .forEach(code -> organisation.agency(code).ifPresent(choices::add));
    }
    return choices;
  }

  private static boolean readsBelow(StaffPrincipal staff) {
    return staff.has(Role.QUALITY_OFFICER) || staff.has(Role.SYSTEM_ADMIN);
  }

  /** The groupings {@code staff} may choose for {@code agency}, the default first. */
  public List<Grouping> groupings(StaffPrincipal staff, AgencyCode agency) {
    List<Grouping> choices = new ArrayList<>();
    if (readsBelow(staff) && !organisation.descendantsOf(agency).isEmpty()) {
      choices.add(Grouping.AGENCY);
    }
    choices.add(Grouping.MONTH);
    choices.add(Grouping.UNIT);
    return choices;
  }

  /** The due-soon and overdue cases {@code staff} works, in their own agency, as of today. */
  public DueLists dueLists(StaffPrincipal staff) {
    LocalDate today = LocalDate.now(clock);
    LocalDate end = calendar.addWorkingDays(staff.agencyCode(), today, dueSoonWorkingDays);
    CaseQuery.View view = viewFor(staff);
    CaseQuery.Filter soon = new CaseQuery.Filter(CLOCK_RUNS, null, null, today, end, false);
    CaseQuery.Filter late = new CaseQuery.Filter(CLOCK_RUNS, null, null, null, null, true);
    Map<Long, BilingualText> units = new HashMap<>();
    organisation.units(staff.agencyCode()).forEach(u -> units.put(u.id(), u.name()));
    DueList dueSoon = list(staff, view, soon);
    DueList overdue = list(staff, view, late);
    Map<String, BilingualText> services = new HashMap<>();
    java.util.stream.Stream.concat(dueSoon.rows().stream(), overdue.rows().stream())
        .map(tw.civicdesk.casework.CaseQuery.Row::serviceCode)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .filter(ServiceCode::isValid)
        .forEach(
            code ->
                catalogue
                    .published(ServiceCode.of(code))
                    .ifPresent(v -> services.put(code, v.content().name())));
    return new DueLists(view, today, dueSoonWorkingDays, end, dueSoon, overdue, units, services);
  }

  private DueList list(StaffPrincipal staff, CaseQuery.View view, CaseQuery.Filter filter) {
    return DueList.of(
        cases.list(
            new CaseQuery(staff, view, filter, CaseQuery.Sort.DUE, null, CaseQuery.MAX_SIZE)));
  }

  /** Quality officers and administrators: the agency; unit heads: their unit; else their own. */
  static CaseQuery.View viewFor(StaffPrincipal staff) {
    if (staff.has(Role.QUALITY_OFFICER)
        || staff.has(Role.AGENCY_ADMIN)
        || staff.has(Role.SYSTEM_ADMIN)) {
      return CaseQuery.View.ALL;
    }
    if (staff.has(Role.UNIT_HEAD) && staff.unitId() != null) {
      return CaseQuery.View.UNIT;
    }
    return CaseQuery.View.MINE;
  }

  /**
   * The figures of {@code query} as {@code staff} may read them (see {@link Figures#scoped}), each
   * group named in both languages.
   */
  public FiguresTable figures(StaffPrincipal staff, FiguresQuery query, Grouping grouping) {
    FiguresQuery scoped = figures.scoped(staff, query);
    LocalDate today = LocalDate.now(clock);
    List<FiguresRow> rows = figures.figures(scoped, today);
    Map<Object, BilingualText> names = names(scoped);
    return new FiguresTable(
        scoped,
        grouping,
        today,
        rows.stream().map(r -> new FiguresTable.Line(label(r, names), r)).toList());
  }

  private Map<Object, BilingualText> names(FiguresQuery query) {
    Map<Object, BilingualText> names = new HashMap<>();
    for (AgencyCode a : figures.agenciesOf(query)) {
      organisation.agency(a).ifPresent(agency -> names.put(a, agency.name()));
      organisation.units(a).forEach(u -> names.put(u.id(), u.name()));
    }
    return names;
  }

  private static BilingualText label(FiguresRow row, Map<Object, BilingualText> names) {
    Object key = row.agency() != null ? row.agency() : row.unitId();
    if (key != null) {
      BilingualText name = names.get(key);
      return name != null ? name : new BilingualText(key.toString(), key.toString());
    }
    String month = String.valueOf(row.month());
    return new BilingualText(month, month);
  }
}
