// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.AccessPolicy;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.surveys.Questionnaire;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;
import tw.civicdesk.surveys.statistics.Results.DimensionResult;
import tw.civicdesk.surveys.statistics.Results.QuestionResult;
import tw.civicdesk.surveys.statistics.Results.TrendPoint;

/**
 * The analysis of one survey (issue 19): n, distribution, satisfaction rate, mean and both 95 %
 * margins of every Likert question and dimension ({@link SatisfactionCalculator} has the
 * definitions), and their trends by month, quarter and year, over the answers a {@link
 * ResultsFilter} selects. Answers of every version count, joined to their question by its id; the
 * current version's questions define what is reported, those only earlier versions asked follow.
 *
 * <p>Reach ({@link #mayRead}): a citizen survey's results are read by every staff member of its
 * agency, and by the quality officers of the agencies above it (aggregates, {@link
 * AccessPolicy#canReadAggregates}); a staff survey's only by its own agency's quality officer, head
 * and administrator, and never by unit or service (none is stored). Anyone else is answered {@link
 * Surveys.SurveyNotFound}.
 */
@Service
public class SurveyResults {

  private final Surveys surveys;
  private final ResultsStore store;
  private final Organisation organisation;
  private final Catalogue catalogue;

  SurveyResults(
      Surveys surveys, ResultsStore store, Organisation organisation, Catalogue catalogue) {
    this.surveys = surveys;
    this.store = store;
    this.organisation = organisation;
    this.catalogue = catalogue;
  }

  /**
   * The results of survey {@code code} over the answers {@code filter} selects.
   *
   * @throws Surveys.SurveyNotFound when there is no such survey or {@code viewer} may not read it
   * @throws InvalidFields when the filter names a unit of another agency ({@code unit}), or a unit
   *     or a service for a staff survey
   */
  @Transactional(readOnly = true)
  public Results results(StaffPrincipal viewer, SurveyCode code, ResultsFilter filter) {
    SurveyView survey = survey(viewer, code);
    check(survey, filter);
    long id = store.id(code).orElseThrow(Surveys.SurveyNotFound::new);
    Map<Integer, Questionnaire> versions = store.versions(id);
    ResultsLayout layout = ResultsLayout.of(survey.version(), versions);
    ResultsCounting counts = ResultsCounting.of(store.answered(id, filter), versions);
    ResultsTally tally =
        new ResultsTally(
            store.responses(id, filter),
            counts.answers(),
            counts.respondents(),
            survey.tooFewBelow());
    Predicate<YearMonth> every = m -> true;
    List<QuestionResult> questions =
        layout.questions().stream()
            .map(q -> new QuestionResult(q.question(), q.earlier(), tally.question(q, every)))
            .toList();
    List<DimensionResult> dimensions =
        layout.dimensions().stream().map(d -> dimension(d, tally.dimension(d, every))).toList();
    List<YearMonth> months = List.copyOf(tally.responses().keySet());
    YearMonth first = months.isEmpty() ? null : Collections.min(months);
    YearMonth last = months.isEmpty() ? null : Collections.max(months);
    Map<TrendPeriod, List<TrendPoint>> trends = new EnumMap<>(TrendPeriod.class);
    for (TrendPeriod period : TrendPeriod.values()) {
      trends.put(period, trend(period, first, last, filter, layout, tally));
    }
    return new Results(
        survey,
        filter,
        tally.responses(every),
        questions,
        dimensions,
        dimensions.stream().filter(DimensionResult::isOverall).findFirst().orElse(null),
        first,
        last,
        trends);
  }

  /** The survey {@code code} when {@code viewer} may read its results; else "not found". */
  @Transactional(readOnly = true)
  public SurveyView survey(StaffPrincipal viewer, SurveyCode code) {
    return surveys
        .find(code)
        .filter(s -> mayRead(viewer, s))
        .orElseThrow(Surveys.SurveyNotFound::new);
  }

  /** Whether {@code viewer} may read the results of {@code survey} (see the class comment). */
  public boolean mayRead(StaffPrincipal viewer, SurveyView survey) {
    if (survey.purpose() == SurveyPurpose.STAFF) {
      return viewer.agencyCode().equals(survey.agency())
          && (viewer.has(Role.QUALITY_OFFICER)
              || viewer.has(Role.AGENCY_HEAD)
              || viewer.has(Role.AGENCY_ADMIN));
    }
    return AccessPolicy.canReadAggregates(
        viewer, survey.agency(), organisation.descendantsOf(viewer.agencyCode()));
  }

  /** The services named by the answers of a survey {@code viewer} may read, code to name. */
  @Transactional(readOnly = true)
  public Map<String, BilingualText> services(StaffPrincipal viewer, SurveyCode code) {
    survey(viewer, code);
    long id = store.id(code).orElseThrow(Surveys.SurveyNotFound::new);
    Map<String, BilingualText> services = new LinkedHashMap<>();
    for (String service : store.services(id)) {
      BilingualText name =
          ServiceCode.isValid(service)
              ? catalogue
                  .published(ServiceCode.of(service))
                  .map(v -> v.content().name())
                  .orElse(null)
              : null;
      services.put(service, name == null ? new BilingualText(service, service) : name);
    }
    return services;
  }

  private void check(SurveyView survey, ResultsFilter filter) {
    List<FieldProblem> problems = new ArrayList<>();
    boolean staff = survey.purpose() == SurveyPurpose.STAFF;
    Long unit = filter.unitId();
    if (unit != null && staff) {
      problems.add(new FieldProblem("unit", "survey-results.error.staff-survey", List.of()));
    } else if (unit != null
        && organisation.units(survey.agency()).stream().noneMatch(u -> u.id() == unit)) {
      problems.add(new FieldProblem("unit", "survey-results.error.unit", List.of()));
    }
    if (filter.serviceCode() != null && staff) {
      problems.add(new FieldProblem("service", "survey-results.error.staff-survey", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
  }

  private static DimensionResult dimension(ResultsLayout.DimensionItem d, Satisfaction figures) {
    return new DimensionResult(d.code(), d.name(), d.scale(), d.earlier(), figures);
  }

  private static List<TrendPoint> trend(
      TrendPeriod period,
      @Nullable YearMonth first,
      @Nullable YearMonth last,
      ResultsFilter filter,
      ResultsLayout layout,
      ResultsTally tally) {
    List<TrendPoint> points = new ArrayList<>();
    if (first == null || last == null) {
      return points;
    }
    for (YearMonth start = period.start(first); !start.isAfter(last); start = period.next(start)) {
      YearMonth from = start;
      YearMonth next = period.next(start);
      Predicate<YearMonth> in = m -> !m.isBefore(from) && m.isBefore(next);
      Map<String, Satisfaction> dimensions = new LinkedHashMap<>();
      Satisfaction overall = null;
      for (ResultsLayout.DimensionItem d : layout.dimensions()) {
        Satisfaction s = tally.dimension(d, in);
        dimensions.put(d.code(), s);
        overall = dimension(d, s).isOverall() ? s : overall;
      }
      points.add(
          new TrendPoint(
              period.label(start),
              later(start.atDay(1), filter.from()),
              earlier(period.end(start), filter.to()),
              tally.responses(in),
              overall,
              Collections.unmodifiableMap(dimensions)));
    }
    return points;
  }

  private static LocalDate later(LocalDate a, @Nullable LocalDate b) {
    return b != null && b.isAfter(a) ? b : a;
  }

  private static LocalDate earlier(LocalDate a, @Nullable LocalDate b) {
    return b != null && b.isBefore(a) ? b : a;
  }
}
