// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.AgencyNotFoundException;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.UnitNotFoundException;
import tw.civicdesk.platform.error.ForbiddenException;

/**
 * The figures module's API: exact figures for a scope and a period, grouped as asked (definitions
 * in {@code docs/figures.md}). Every request reads rollup rows only — a few range scans on (agency,
 * month) — never the cases, so its cost does not grow with the number of cases. Rows come sorted by
 * agency, unit, service, channel, kind and month; a group with nothing to count has no row (e.g. a
 * month without cases).
 */
@Service
@Transactional(readOnly = true)
public class Figures {

  /** The roles that may read figures (through {@link #figuresFor}). */
  public static final Set<Role> READERS =
      Set.of(Role.QUALITY_OFFICER, Role.UNIT_HEAD, Role.AGENCY_ADMIN, Role.SYSTEM_ADMIN);

  private final FiguresReader reader;
  private final Organisation organisation;
  private final Clock clock;

  Figures(FiguresReader reader, Organisation organisation, Clock clock) {
    this.reader = reader;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** The figures for {@code query}, overdue as of today; no access check (for modules). */
  public List<FiguresRow> figures(FiguresQuery query) {
    return figures(query, LocalDate.now(clock));
  }

  /** The figures for {@code query}, counting as overdue what is due before {@code today}. */
  public List<FiguresRow> figures(FiguresQuery query, LocalDate today) {
    return reader.rows(query, agenciesOf(query), Objects.requireNonNull(today, "today"));
  }

  /** The agencies {@code query} counts: its agency, then those below it when it asks for them. */
  public Set<AgencyCode> agenciesOf(FiguresQuery query) {
    Set<AgencyCode> agencies = new LinkedHashSet<>(List.of(query.agency()));
    if (query.withDescendants()) {
      agencies.addAll(organisation.descendantsOf(query.agency()));
    }
    return agencies;
  }

  /**
   * The figures for {@code query} as {@code viewer} may read them: one of {@link #READERS};
   * aggregates of their own agency, and of the agencies below it for a quality officer ({@link
   * AccessPolicy#canReadAggregates}); a unit head who holds none of the other roles only their own
   * unit's.
   *
   * @throws ForbiddenException (403) when {@code viewer} holds none of {@link #READERS}
   * @throws AgencyNotFoundException (404) when the agency, or an agency below it that the query
   *     includes, is not one {@code viewer} may read — the same as for an unknown agency
   * @throws UnitNotFoundException (404) when a unit head asks for another unit
   */
  public List<FiguresRow> figuresFor(StaffPrincipal viewer, FiguresQuery query) {
    return figures(scoped(viewer, query));
  }

  /** {@code query} as {@code viewer} may ask it; see {@link #figuresFor}. */
  public FiguresQuery scoped(StaffPrincipal viewer, FiguresQuery query) {
    if (READERS.stream().noneMatch(viewer::has)) {
      throw new ForbiddenException("figures.forbidden");
    }
    Set<AgencyCode> below = organisation.descendantsOf(viewer.agencyCode());
    Set<AgencyCode> asked = agenciesOf(query);
    boolean readable =
        organisation.exists(query.agency())
            && asked.stream().allMatch(a -> AccessPolicy.canReadAggregates(viewer, a, below));
    if (!readable) {
      throw new AgencyNotFoundException();
    }
    boolean unitOnly =
        viewer.has(Role.UNIT_HEAD)
            && READERS.stream().filter(r -> r != Role.UNIT_HEAD).noneMatch(viewer::has);
    if (!unitOnly) {
      return query;
    }
    Long own = viewer.unitId();
    if (own == null
        || query.withDescendants()
        || (query.unitId() != null && !query.unitId().equals(own))) {
      throw new UnitNotFoundException();
    }
    return new FiguresQuery(query.agency(), false, own, query.from(), query.to(), query.by());
  }
}
