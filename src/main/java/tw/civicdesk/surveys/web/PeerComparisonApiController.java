// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.surveys.StandardDimension;
import tw.civicdesk.surveys.statistics.PeerComparison;
import tw.civicdesk.surveys.web.SurveyResultsApiController.DimensionResultJson;

/**
 * The comparison with peers as JSON ({@code GET /api/v1/staff/surveys/compare}): the same agencies
 * and figures as the page ({@link PeerComparison}), rates and margins as fractions like the results
 * API, with {@code tooFew} where the page says "too few answers". Never a free text.
 */
@RestController
@Tag(name = "surveys")
class PeerComparisonApiController {

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final PeerComparison comparison;
  private final Clock clock;

  PeerComparisonApiController(PeerComparison comparison, Clock clock) {
    this.comparison = comparison;
    this.clock = clock;
  }

  /** The comparison: the purpose, the span and one group per kind of agency. */
  record ComparisonJson(String purpose, String from, String to, List<GroupJson> groups) {}

  /** The agencies of one kind ({@code TOWNSHIP_OFFICE}…), in the hierarchy's order. */
  record GroupJson(String type, List<AgencyJson> agencies) {}

  /**
   * One agency.
   *
   * @param responses the responses to its surveys of the purpose in the span
   * @param tooFewBelow the threshold below which a figure is "too few answers"
   * @param overall the OVERALL dimension
   * @param dimensions ENVIRONMENT, COURTESY, PROFESSIONALISM and MEASURES, in that order
   */
  record AgencyJson(
      String code,
      Map<String, String> name,
      long responses,
      int tooFewBelow,
      DimensionResultJson overall,
      List<DimensionResultJson> dimensions) {}

  @GetMapping(path = "/api/v1/staff/surveys/compare", produces = "application/json")
  @Operation(
      operationId = "compareSurveys",
      summary = "Satisfaction compared with peers",
      description =
          "For quality officers, agency heads, agency and system administrators: the agencies whose"
              + " aggregates the caller reads (a quality officer's own and those below it), one"
              + " group per kind of agency, each with the responses to its surveys of the purpose"
              + " in the span and, pooled as respondents, the OVERALL dimension and the four"
              + " standard ones: n, satisfactionRate, mean, marginOfError 1.96·√(0.25/n) and"
              + " marginOfErrorObserved 1.96·√(p(1−p)/n) as fractions, tooFew below the"
              + " threshold. No free text.")
  @ApiResponse(responseCode = "200", description = "The comparison")
  @ApiResponse(responseCode = "403", description = "The caller has no comparison")
  @ApiResponse(
      responseCode = "422",
      description =
          "A purpose other than COUNTER, POST_CASE or GENERAL, a malformed day (errors[])")
  ComparisonJson compare(
      @Parameter(description = "COUNTER (default), POST_CASE or GENERAL")
          @RequestParam(required = false)
          @Nullable String purpose,
      @Parameter(description = "First day answered, yyyy-MM-dd (default: a year before to)")
          @RequestParam(required = false)
          @Nullable String from,
      @Parameter(description = "Last day answered, yyyy-MM-dd (default: today)")
          @RequestParam(required = false)
          @Nullable String to,
      @AuthenticationPrincipal StaffPrincipal staff) {
    CompareForm form = new CompareForm();
    form.setPurpose(purpose);
    form.setFrom(from);
    form.setTo(to);
    BindingResult result = new BeanPropertyBindingResult(form, "form");
    CompareForm.Query q =
        form.query(LocalDate.now(clock.withZone(TAIPEI)), result)
            .orElseThrow(
                () ->
                    new InvalidFields(
                        result.getFieldErrors().stream()
                            .map(
                                e ->
                                    new FieldProblem(
                                        e.getField(), String.valueOf(e.getCode()), List.of()))
                            .toList()));
    PeerComparison.Comparison c = comparison.compare(staff, q.purpose(), q.from(), q.to());
    return new ComparisonJson(
        c.purpose().name(),
        c.from().toString(),
        c.to().toString(),
        c.groups().stream()
            .map(g -> new GroupJson(g.type().name(), g.peers().stream().map(this::agency).toList()))
            .toList());
  }

  private AgencyJson agency(PeerComparison.Peer peer) {
    PeerComparison.AgencyFigures f = peer.figures();
    return new AgencyJson(
        peer.agency().code().value(),
        Texts.of(peer.agency().name()),
        f.responses(),
        f.tooFewBelow(),
        dimension(StandardDimension.OVERALL, f),
        PeerTables.DIMENSIONS.stream().map(d -> dimension(d, f)).toList());
  }

  private static DimensionResultJson dimension(
      StandardDimension d, PeerComparison.AgencyFigures f) {
    return DimensionResultJson.of(d.name(), f.dimension(d), false, Texts.of(d.displayName()));
  }
}
