// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.monitoring;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.performance.plans.PlanStatus;
import tw.civicdesk.performance.plans.Practice;
import tw.civicdesk.performance.plans.Practice.IndicatorTarget;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;

/**
 * The rules of progress reporting (管制考核) as pure functions of a plan, a day and the input, so that
 * they read as the officers name them (ADR 0020):
 *
 * <ul>
 *   <li>reporting is open while the plan is approved, published or in execution; reviewing in every
 *       state after the draft; chasing only while it is in execution;
 *   <li>a unit reports only for a period of the plan's year that has begun, and only on the
 *       practices assigned to it (its code or {@link Practice#ALL_UNITS});
 *   <li>a unit head or case officer reports for their own unit; a quality officer of the agency may
 *       report for any unit, recorded as on the unit's behalf;
 *   <li>figures only for the practice's hand-entered indicators, as numbers; evidence links only as
 *       http(s) addresses;
 *   <li>an accepted report is final until the quality officer reopens it.
 * </ul>
 */
final class ReportingRules {

  /** Longest narrative, review comment and spot-check text, in characters. */
  static final int MAX_TEXT = 4000;

  /** Most evidence links per report, and the longest one. */
  static final int MAX_LINKS = 10;

  static final int MAX_LINK_LENGTH = 2000;

  /** Figures are kept to this many significant digits. */
  static final int MAX_DIGITS = 18;

  private ReportingRules() {}

  /** Whether units may submit reports on a plan in {@code status}. */
  static boolean reportingOpen(PlanStatus status) {
    return status == PlanStatus.APPROVED
        || status == PlanStatus.PUBLISHED
        || status == PlanStatus.IN_EXECUTION;
  }

  /** Whether the quality officer may review reports of a plan in {@code status}. */
  static boolean reviewOpen(PlanStatus status) {
    return status != PlanStatus.DRAFT;
  }

  /** Whether missing reports are chased for a plan in {@code status}. */
  static boolean chasing(PlanStatus status) {
    return status == PlanStatus.IN_EXECUTION;
  }

  /** The periods of the plan's year that have begun by {@code today}, in order. */
  static List<ReportingPeriod> begun(int year, ReportingPeriod.Length length, LocalDate today) {
    return ReportingPeriod.of(year, length).stream()
        .filter(p -> !p.first().isAfter(today))
        .toList();
  }

  /** The periods of the plan's year whose last day has passed by {@code today}, in order. */
  static List<ReportingPeriod> ended(int year, ReportingPeriod.Length length, LocalDate today) {
    return ReportingPeriod.of(year, length).stream().filter(p -> p.last().isBefore(today)).toList();
  }

  /** The period {@code code} if it is one of the year's periods of {@code length}. */
  static Optional<ReportingPeriod> period(
      int year, ReportingPeriod.Length length, @Nullable String code) {
    return ReportingPeriod.of(year, length).stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * Whether {@code actor} reports for unit {@code unitCode} on their own account ({@code false}),
   * or as a quality officer on the unit's behalf ({@code true}); empty when they may not.
   */
  static Optional<Boolean> onBehalf(
      StaffPrincipal actor, String agency, @Nullable String ownUnitCode, String unitCode) {
    if (!actor.agencyCode().value().equals(agency)) {
      return Optional.empty();
    }
    if ((actor.has(Role.UNIT_HEAD) || actor.has(Role.CASE_OFFICER))
        && unitCode.equals(ownUnitCode)) {
      return Optional.of(false);
    }
    return actor.has(Role.QUALITY_OFFICER) ? Optional.of(true) : Optional.empty();
  }

  /** The unit codes responsible for {@code practice} among {@code units} of the agency. */
  static List<String> unitsOf(Practice practice, List<String> units) {
    return units.stream().filter(practice::assignedTo).toList();
  }

  /** The narrative's problem, if any. */
  static void narrative(@Nullable String narrative, List<FieldProblem> problems) {
    if (narrative == null || narrative.isBlank()) {
      problems.add(new FieldProblem("narrative", "monitoring.error.narrative", List.of()));
    } else if (narrative.strip().length() > MAX_TEXT) {
      problems.add(new FieldProblem("narrative", "monitoring.error.too-long", List.of(MAX_TEXT)));
    }
  }

  /**
   * The figures as numbers, by indicator id; blank entries are left out. An id that is not a
   * hand-entered indicator of the practice, or a value that is not a number, is a problem.
   */
  static Map<String, BigDecimal> figures(
      Practice practice, Map<String, String> raw, List<FieldProblem> problems) {
    Set<String> manual = new java.util.HashSet<>();
    practice.indicators().stream()
        .filter(i -> i.provider() == null)
        .map(IndicatorTarget::id)
        .forEach(manual::add);
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    raw.forEach(
        (id, value) -> {
          if (value == null || value.isBlank()) {
            return;
          }
          String field = "figures[" + id + "]";
          if (!manual.contains(id)) {
            problems.add(new FieldProblem("figures", "monitoring.error.indicator", List.of(id)));
            return;
          }
          BigDecimal number = number(value.strip());
          if (number == null) {
            problems.add(new FieldProblem(field, "monitoring.error.number", List.of()));
          } else {
            figures.put(id, number);
          }
        });
    return figures;
  }

  private static @Nullable BigDecimal number(String value) {
    try {
      BigDecimal number = new BigDecimal(value.replace(",", ""));
      return number.precision() > MAX_DIGITS ? null : number.stripTrailingZeros();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The evidence links, stripped, blanks left out; each must be an http(s) address. */
  static List<String> links(List<String> raw, List<FieldProblem> problems) {
    List<String> links = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String link = raw.get(i) == null ? "" : raw.get(i).strip();
      if (link.isEmpty()) {
        continue;
      }
      if (!isWebAddress(link)) {
        problems.add(new FieldProblem("links[" + i + "]", "monitoring.error.link", List.of()));
      } else {
        links.add(link);
      }
    }
    if (links.size() > MAX_LINKS) {
      problems.add(
          new FieldProblem("links", "monitoring.error.too-many-links", List.of(MAX_LINKS)));
    }
    return links;
  }

  static boolean isWebAddress(String link) {
    if (link.length() > MAX_LINK_LENGTH) {
      return false;
    }
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
