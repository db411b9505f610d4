// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.throttle.AnonymousLimit;
import tw.civicdesk.surveys.Choice;
import tw.civicdesk.surveys.Question;
import tw.civicdesk.surveys.Recorded;
import tw.civicdesk.surveys.SurveyChannel;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyCommands;
import tw.civicdesk.surveys.SurveySettings;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * The JSON API of the surveys: the open surveys of an agency (public), a citizen's answer (public,
 * limited per client address), and staff entering a paper or phone answer.
 *
 * <p>An answer is {@code {"channel": …, "answers": {"<questionId>": value}}}: a Likert value is a
 * whole number on its scale or {@code "NA"} (not applicable, where the question allows it), a
 * single choice a choice code, a multiple choice an array of codes, a number a number, a text a
 * string. Every problem is answered at once as a 422 with {@code errors[]} naming {@code
 * answers.<questionId>}; nothing is stored.
 */
@RestController
@Tag(name = "surveys")
class SurveyApiController {

  private final Surveys surveys;

  SurveyApiController(Surveys surveys) {
    this.surveys = surveys;
  }

  /** A survey as a client builds its form from it. */
  record SurveyJson(
      String code,
      String purpose,
      int version,
      Map<String, String> title,
      List<QuestionJson> questions) {

    static SurveyJson of(SurveyView s) {
      return new SurveyJson(
          s.code().value(),
          s.purpose().name(),
          s.version(),
          Texts.of(s.questionnaire().title()),
          s.questionnaire().questions().stream().map(QuestionJson::of).toList());
    }
  }

  /**
   * One question.
   *
   * @param kind {@code LIKERT5}, {@code LIKERT4}, {@code SINGLE}, {@code MULTIPLE}, {@code NUMBER}
   *     or {@code TEXT}
   * @param dimension a Likert question's dimension code, else {@code null}
   * @param notApplicable whether {@code "NA"} may be answered
   */
  record QuestionJson(
      String id,
      String kind,
      @Nullable String dimension,
      boolean required,
      boolean notApplicable,
      Map<String, String> text,
      List<ChoiceJson> choices) {

    static QuestionJson of(Question q) {
      return new QuestionJson(
          q.id(),
          q.kind().name(),
          q.dimension(),
          q.required(),
          q.notApplicable(),
          Texts.of(q.text()),
          q.choices().stream().map(ChoiceJson::of).toList());
    }
  }

  /** One choice: its code and its text by language tag. */
  record ChoiceJson(String code, Map<String, String> text) {
    static ChoiceJson of(Choice c) {
      return new ChoiceJson(c.code(), Texts.of(c.text()));
    }
  }

  /**
   * An answer.
   *
   * @param channel public: {@code ONLINE} or {@code QR}; staff: {@code PAPER} or {@code PHONE}
   * @param unit the id of the counter (unit) a poster or a paper form names, if any
   * @param service the code of the service a poster or a paper form names, if any
   */
  record AnswerRequest(
      @Nullable String channel,
      @Nullable Map<String, Object> answers,
      @Nullable Long unit,
      @Nullable String service) {}

  /** What was recorded: the survey, the version answered and the channel. */
  record RecordedJson(String code, int version, String channel) {
    static RecordedJson of(Recorded r) {
      return new RecordedJson(r.code().value(), r.version(), r.channel().name());
    }
  }

  @GetMapping(path = "/api/v1/surveys", produces = "application/json")
  @SecurityRequirements
  @Operation(
      operationId = "listSurveys",
      summary = "List the open surveys of an agency",
      description =
          "The counter and general surveys the agency's citizens may answer now, with their"
              + " questions (the post-case survey is answered with a receipt, the staff survey by"
              + " staff).")
  @ApiResponse(responseCode = "200", description = "The open surveys, by code")
  @ApiResponse(responseCode = "422", description = "The agency code is missing or malformed")
  List<SurveyJson> list(
      @Parameter(description = "Agency code") @RequestParam(required = false)
          @Nullable String agency) {
    if (agency == null || !AgencyCode.isValid(agency)) {
      throw new InvalidFields(List.of(new FieldProblem("agency", "surveys.agency", List.of())));
    }
    return surveys.openFor(AgencyCode.of(agency)).stream().map(SurveyJson::of).toList();
  }

  @PostMapping(
      path = "/api/v1/surveys/{code}/responses",
      consumes = "application/json",
      produces = "application/json")
  @AnonymousLimit(door = SurveySettings.ANSWER_DOOR)
  @ResponseStatus(HttpStatus.CREATED)
  @SecurityRequirements
  @Operation(
      operationId = "answerSurvey",
      summary = "Answer an open survey",
      description =
          "Records a citizen's answer through the online link (ONLINE) or a QR poster (QR). One"
              + " client address may send civicdesk.surveys.anonymous-per-hour answers an hour.")
  @ApiResponse(responseCode = "201", description = "Recorded")
  @ApiResponse(responseCode = "404", description = "No such open survey")
  @ApiResponse(
      responseCode = "422",
      description =
          "Every problem with the answers at once (errors[]), e.g. a Likert value off its scale")
  @ApiResponse(responseCode = "429", description = "Too many answers from this address this hour")
  RecordedJson answer(@PathVariable String code, @RequestBody AnswerRequest body) {
    return RecordedJson.of(
        surveys.answer(
            new SurveyCommands.Answer(
                code(code), channel(body.channel()), body.unit(), body.service(), answers(body))));
  }

  @PostMapping(
      path = "/api/v1/staff/surveys/{code}/responses",
      consumes = "application/json",
      produces = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "enterSurveyAnswer",
      summary = "Enter a paper or phone answer",
      description =
          "Staff of the survey's agency enter an answer from a paper form (PAPER) or an outbound"
              + " call (PHONE); it is recorded as that channel.")
  @ApiResponse(responseCode = "201", description = "Recorded")
  @ApiResponse(responseCode = "404", description = "No such survey in the caller's agency")
  @ApiResponse(
      responseCode = "422",
      description = "Every problem with the answers at once (errors[])")
  RecordedJson enter(
      @PathVariable String code,
      @RequestBody AnswerRequest body,
      @AuthenticationPrincipal StaffPrincipal staff) {
    return RecordedJson.of(
        surveys.enter(
            staff,
            new SurveyCommands.Enter(
                code(code), channel(body.channel()), body.unit(), body.service(), answers(body))));
  }

  private static SurveyCode code(String raw) {
    SurveyCode code = SurveyCode.parse(raw);
    if (code == null) {
      throw new Surveys.SurveyNotFound();
    }
    return code;
  }

  private static SurveyChannel channel(@Nullable String raw) {
    for (SurveyChannel c : SurveyChannel.values()) {
      if (c.name().equals(raw)) {
        return c;
      }
    }
    throw new InvalidFields(List.of(new FieldProblem("channel", "surveys.channel", List.of())));
  }

  private static Map<String, Object> answers(AnswerRequest body) {
    return body.answers() == null ? Map.of() : body.answers();
  }
}
