// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.Surveys;
import tw.civicdesk.surveys.statistics.Results;
import tw.civicdesk.surveys.statistics.Results.DimensionResult;
import tw.civicdesk.surveys.statistics.Results.QuestionResult;
import tw.civicdesk.surveys.statistics.ResultsFilter;
import tw.civicdesk.surveys.statistics.Satisfaction;
import tw.civicdesk.surveys.statistics.SurveyResults;
import tw.civicdesk.surveys.statistics.TrendPeriod;

/**
 * The results of a survey as JSON ({@code GET /api/v1/staff/surveys/{code}/results}), the issue's
 * contract: {@code {"n", "questions": [{"id", "n", "distribution", "satisfactionRate", "mean",
 * "marginOfError", "marginOfErrorObserved"}], "dimensions": [the same without distribution]}},
 * rates and margins as fractions; more fields beside those, never renamed ones.
 */
@RestController
@Tag(name = "surveys")
class SurveyResultsApiController {

  private final SurveyResults results;

  SurveyResultsApiController(SurveyResults results) {
    this.results = results;
  }

  /**
   * A survey's results.
   *
   * @param n the responses counted
   * @param overall the OVERALL dimension (整體滿意度), {@code null} when the survey has none
   * @param trend the periods asked for with {@code trend=}, else {@code null}
   */
  record SurveyResultsJson(
      long n,
      List<QuestionResultJson> questions,
      List<DimensionResultJson> dimensions,
      @Nullable DimensionResultJson overall,
      String survey,
      @Nullable String from,
      @Nullable String to,
      int tooFewBelow,
      @Nullable List<TrendPeriodJson> trend) {}

  /**
   * One Likert question.
   *
   * @param distribution the count of each point of its scale, "1" upward, zeros included
   * @param satisfactionRate the share of n in the top two points, 0 to 1; null when n is 0
   * @param marginOfError 1.96·√(0.25/n), 0 to 1; null when n is 0
   * @param marginOfErrorObserved 1.96·√(p(1−p)/n), 0 to 1; null when n is 0
   * @param tooFew whether n is below the survey's threshold (pages then show no rate)
   * @param earlierVersion whether only earlier versions of the questionnaire ask it
   */
  record QuestionResultJson(
      String id,
      long n,
      Map<String, Long> distribution,
      @Nullable BigDecimal satisfactionRate,
      @Nullable BigDecimal mean,
      @Nullable BigDecimal marginOfError,
      @Nullable BigDecimal marginOfErrorObserved,
      String kind,
      @Nullable String dimension,
      long notApplicable,
      boolean tooFew,
      boolean earlierVersion,
      Map<String, String> text) {

    static QuestionResultJson of(QuestionResult q) {
      Satisfaction s = q.figures();
      Map<String, Long> distribution = new LinkedHashMap<>();
      s.distribution().forEach((points, count) -> distribution.put(points.toString(), count));
      return new QuestionResultJson(
          q.question().id(),
          s.n(),
          distribution,
          s.satisfactionRate(),
          s.mean(),
          s.marginOfError(),
          s.marginOfErrorObserved(),
          q.question().kind().name(),
          q.question().dimension(),
          s.notApplicable(),
          s.tooFew(),
          q.earlierVersion(),
          Texts.of(q.question().text()));
    }
  }

  /** One dimension: respondents with an answer there, their scores' rate, mean and margins. */
  record DimensionResultJson(
      String code,
      long n,
      @Nullable BigDecimal satisfactionRate,
      @Nullable BigDecimal mean,
      @Nullable BigDecimal marginOfError,
      @Nullable BigDecimal marginOfErrorObserved,
      long notApplicable,
      boolean tooFew,
      boolean earlierVersion,
      Map<String, String> name) {

    static DimensionResultJson of(
        String code, Satisfaction s, boolean earlier, Map<String, String> n) {
      return new DimensionResultJson(
          code,
          s.n(),
          s.satisfactionRate(),
          s.mean(),
          s.marginOfError(),
          s.marginOfErrorObserved(),
          s.notApplicable(),
          s.tooFew(),
          earlier,
          n);
    }

    static DimensionResultJson of(DimensionResult d) {
      return of(d.code(), d.figures(), d.earlierVersion(), Texts.of(d.name()));
    }
  }

  /** One period of the trend: its responses, the overall figures and each dimension's. */
  record TrendPeriodJson(
      String period,
      String from,
      String to,
      long n,
      @Nullable DimensionResultJson overall,
      List<DimensionResultJson> dimensions) {}

  @GetMapping(path = "/api/v1/staff/surveys/{code}/results", produces = "application/json")
  @Operation(
      operationId = "surveyResults",
      summary = "A survey's results",
      description =
          "n, and for every Likert question (5- or 4-point; no other kind is listed in questions)"
              + " and every dimension: n (answers other than \"not applicable\"; for a dimension,"
              + " respondents), the distribution of points (questions only), the satisfaction rate"
              + " (share of n in the top two points), the mean, the 95 % margin of error"
              + " 1.96·√(0.25/n) and the one at the observed rate 1.96·√(p(1−p)/n); rates and"
              + " margins are fractions (0.87, not 87), null when n is 0. Answers of every version"
              + " count; questions only earlier versions ask follow, marked earlierVersion. For"
              + " staff of the survey's agency, and quality officers of the agencies above it; a"
              + " staff survey's only for its agency's quality officer, head and administrator.")
  @ApiResponse(responseCode = "200", description = "The results")
  @ApiResponse(responseCode = "404", description = "No such survey, or not one the caller may read")
  @ApiResponse(
      responseCode = "422",
      description = "A malformed date or filter, or to before from (errors[])")
  SurveyResultsJson results(
      @PathVariable String code,
      @Parameter(description = "First day answered, yyyy-MM-dd (inclusive)")
          @RequestParam(required = false)
          @Nullable String from,
      @Parameter(description = "Last day answered, yyyy-MM-dd (inclusive)")
          @RequestParam(required = false)
          @Nullable String to,
      @Parameter(description = "Only answers given at this unit (id)")
          @RequestParam(required = false)
          @Nullable String unit,
      @Parameter(description = "Only answers about this service (code)")
          @RequestParam(required = false)
          @Nullable String service,
      @Parameter(description = "Only answers through this channel, e.g. KIOSK")
          @RequestParam(required = false)
          @Nullable String channel,
      @Parameter(description = "Add the trend by month, quarter or year")
          @RequestParam(required = false)
          @Nullable String trend,
      @AuthenticationPrincipal StaffPrincipal staff) {
    SurveyCode survey = SurveyCode.parse(code);
    if (survey == null) {
      throw new Surveys.SurveyNotFound();
    }
    TrendPeriod period = null;
    if (trend != null && !trend.isBlank()) {
      period =
          TrendPeriod.of(trend)
              .orElseThrow(
                  () ->
                      new InvalidFields(
                          List.of(
                              new FieldProblem("trend", "survey-results.error.trend", List.of()))));
    }
    ResultsFilter filter = ResultsFilter.parse(from, to, unit, service, channel);
    return json(results.results(staff, survey, filter), period);
  }

  private static SurveyResultsJson json(Results r, @Nullable TrendPeriod period) {
    List<DimensionResultJson> dimensions =
        r.dimensions().stream().map(DimensionResultJson::of).toList();
    return new SurveyResultsJson(
        r.n(),
        r.questions().stream().map(QuestionResultJson::of).toList(),
        dimensions,
        r.overall() == null ? null : DimensionResultJson.of(r.overall()),
        r.survey().code().value(),
        r.filter().from() == null ? null : r.filter().from().toString(),
        r.filter().to() == null ? null : r.filter().to().toString(),
        r.tooFewBelow(),
        period == null ? null : trend(r, period));
  }

  private static List<TrendPeriodJson> trend(Results r, TrendPeriod period) {
    return r.trend(period).stream()
        .map(
            p ->
                new TrendPeriodJson(
                    p.period(),
                    p.from().toString(),
                    p.to().toString(),
                    p.n(),
                    p.overall() == null || r.overall() == null
                        ? null
                        : DimensionResultJson.of(
                            r.overall().code(), p.overall(), false, Texts.of(r.overall().name())),
                    r.dimensions().stream()
                        .map(
                            d ->
                                DimensionResultJson.of(
                                    d.code(),
                                    p.dimensions().get(d.code()),
                                    d.earlierVersion(),
                                    Texts.of(d.name())))
                        .toList()))
        .toList();
  }
}
