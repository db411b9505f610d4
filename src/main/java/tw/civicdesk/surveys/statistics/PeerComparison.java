// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.AgencyType;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.surveys.StandardDimension;
import tw.civicdesk.surveys.SurveyPurpose;

/**
 * The comparison with peers (與同性質機關比較, ADR 0047): the standard dimensions' satisfaction of the
 * agencies a staff member reads, side by side, one table per kind of agency, over the citizen
 * surveys of one purpose answered in a span ({@link PeerFigures} pools each agency's surveys).
 *
 * <p>Who: quality officers, agency heads, agency and system administrators ({@link #mayOpen});
 * anyone else is refused ({@link ForbiddenException}, 403: there is no record to hide). Which
 * agencies: those whose aggregates the reader may read ({@link AccessPolicy#canReadAggregates}) — a
 * quality officer their own agency and every agency below it, an agency head or administrator their
 * own only, a system administrator all. Only figures: never a free text, a unit, a service or a
 * case of any agency. Staff surveys are not compared (their results stay in their agency).
 */
@Service
public class PeerComparison {

  /** The purposes compared: the citizen surveys. */
  public static final Set<SurveyPurpose> COMPARED =
      EnumSet.of(SurveyPurpose.COUNTER, SurveyPurpose.POST_CASE, SurveyPurpose.GENERAL);

  /** The longest span compared, in days (ten years). */
  public static final int MAX_DAYS = 3660;

  private final PeerFigures figures;
  private final Organisation organisation;

  PeerComparison(PeerFigures figures, Organisation organisation) {
    this.figures = figures;
    this.organisation = organisation;
  }

  /**
   * One agency's figures.
   *
   * @param responses the responses to its surveys of the purpose in the span
   * @param tooFewBelow below this many respondents a figure is "too few answers"
   * @param dimensions every standard dimension's figures, {@link StandardDimension#OVERALL}
   *     included
   */
  public record AgencyFigures(
      long responses, int tooFewBelow, Map<StandardDimension, Satisfaction> dimensions) {

    public AgencyFigures {
      dimensions = Map.copyOf(dimensions);
    }

    /** The overall satisfaction (the OVERALL dimension). */
    public Satisfaction overall() {
      return dimension(StandardDimension.OVERALL);
    }

    /** The figures of {@code dimension}. */
    public Satisfaction dimension(StandardDimension dimension) {
      return dimensions.get(dimension);
    }
  }

  /** One agency and its figures. */
  public record Peer(Agency agency, AgencyFigures figures) {}

  /** The agencies of one kind, side by side, in the hierarchy's order. */
  public record TypeGroup(AgencyType type, List<Peer> peers) {}

  /**
   * A comparison.
   *
   * @param supervising whether the reader sees agencies besides their own
   */
  public record Comparison(
      SurveyPurpose purpose,
      LocalDate from,
      LocalDate to,
      List<TypeGroup> groups,
      boolean supervising) {}

  /**
   * A fraction (a rate or a margin) in per cent or percentage points, one decimal, rounded half up,
   * as pages, files and the plans' indicators show it (0.87345 is 87.3); {@code null} stays {@code
   * null}.
   */
  public static @Nullable BigDecimal inPercent(@Nullable BigDecimal fraction) {
    return fraction == null
        ? null
        : fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
  }

  /** Whether {@code staff} opens the comparison at all. */
  public static boolean mayOpen(StaffPrincipal staff) {
    return staff.has(Role.QUALITY_OFFICER)
        || staff.has(Role.AGENCY_HEAD)
        || staff.has(Role.AGENCY_ADMIN)
        || staff.has(Role.SYSTEM_ADMIN);
  }

  /**
   * The agencies {@code viewer} reads, by kind, with their figures for {@code purpose} from {@code
   * from} to {@code to} (inclusive).
   *
   * @throws ForbiddenException when {@code viewer} has no comparison ({@link #mayOpen})
   * @throws InvalidFields when {@code purpose} is not a citizen survey's ({@code purpose}), the
   *     span runs backwards ({@code to}) or is longer than {@value #MAX_DAYS} days ({@code from})
   */
  @Transactional(readOnly = true)
  public Comparison compare(
      StaffPrincipal viewer, SurveyPurpose purpose, LocalDate from, LocalDate to) {
    if (!mayOpen(viewer)) {
      throw new ForbiddenException("survey-peers.compare.not-for-you");
    }
    check(purpose, from, to);
    Set<AgencyCode> below = organisation.descendantsOf(viewer.agencyCode());
    List<Agency> agencies =
        organisation.agencies().stream()
            .filter(a -> AccessPolicy.canReadAggregates(viewer, a.code(), below))
            .toList();
    Map<AgencyCode, AgencyFigures> byAgency =
        figures.of(agencies.stream().map(Agency::code).toList(), Set.of(purpose), from, to);
    List<TypeGroup> groups = new ArrayList<>();
    for (AgencyType type : AgencyType.values()) {
      List<Peer> peers =
          agencies.stream()
              .filter(a -> a.type() == type)
              .map(a -> new Peer(a, byAgency.get(a.code())))
              .toList();
      if (!peers.isEmpty()) {
        groups.add(new TypeGroup(type, peers));
      }
    }
    return new Comparison(purpose, from, to, groups, agencies.size() > 1);
  }

  private static void check(SurveyPurpose purpose, LocalDate from, LocalDate to) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!COMPARED.contains(purpose)) {
      problems.add(new FieldProblem("purpose", "survey-peers.compare.error.purpose", List.of()));
    }
    if (from.isAfter(to)) {
      problems.add(new FieldProblem("to", "survey-peers.error.order", List.of()));
    } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
      problems.add(
          new FieldProblem("from", "survey-peers.compare.error.span", List.of(MAX_DAYS / 366)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }
}
