// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWork.CaseNotFound;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.casework.internal.StaffActions;
import tw.civicdesk.casework.web.CaseApiRequests.Assign;
import tw.civicdesk.casework.web.CaseApiRequests.Extension;
import tw.civicdesk.casework.web.CaseApiRequests.JointHandling;
import tw.civicdesk.casework.web.CaseApiRequests.Merge;
import tw.civicdesk.casework.web.CaseApiRequests.Step;
import tw.civicdesk.casework.web.CaseApiRequests.Supplement;
import tw.civicdesk.casework.web.CaseApiRequests.SupplementRequest;
import tw.civicdesk.casework.web.CaseApiRequests.Transfer;
import tw.civicdesk.casework.web.CaseApiRequests.Withdrawal;
import tw.civicdesk.casework.web.CaseApiViews.CaseView;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The staff JSON API of one case: read it, and take every step of the lifecycle on it. Staff see
 * and act on the cases they reach only — their own agency's, by need-to-know ({@code CaseReach},
 * ADR 0025); any other case is "not found"; each step sends the version the caller saw and fails
 * with 409 {@code casework.case.changed} when someone else changed the case first. The caller acts
 * in the capacity the step needs (see {@link StaffActions}).
 */
@RestController
@RequestMapping(path = "/api/v1/cases/{number}", produces = "application/json")
@Tag(name = "cases")
class CaseApiController {

  private static final String NUMBER = "Case number, e.g. YILAN-JIAOXI-20260213-00042";

  private final CaseWork work;
  private final StaffActions actions;

  CaseApiController(CaseWork work, StaffActions actions) {
    this.work = work;
    this.actions = actions;
  }

  @GetMapping
  @Operation(
      operationId = "getCase",
      summary = "Get a case with its history",
      description =
          "Status, version, due date, officer, unit, links, child cases, the whole"
              + " history with internal notes, and the steps the caller may take now. Staff who"
              + " reach the case only: of its agency, and there its unit's officers and heads, the"
              + " officer assigned, the clerk who filed it, or agency-wide roles.")
  @ApiResponse(responseCode = "200", description = "The case")
  @ApiResponse(responseCode = "401", description = "Not signed in")
  @ApiResponse(responseCode = "404", description = "No such case within your reach")
  CaseView get(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number) {
    return CaseView.of(actions.view(staff, parse(number)));
  }

  @PostMapping(path = "/assign", consumes = "application/json")
  @Operation(operationId = "assignCase", summary = "Assign the case to an officer (分案/改分)")
  @CaseStepResponses
  CaseView assign(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody Assign body) {
    CaseApiChecks checks = new CaseApiChecks();
    int version = checks.version(body.version());
    String officer = checks.required(body.officer(), "officer");
    checks.done();
    return taken(
        staff, work.assign(staff, new CaseCommand.Assign(parse(number), version, officer)));
  }

  @PostMapping(path = "/start", consumes = "application/json")
  @Operation(operationId = "startCase", summary = "Start working on the case")
  @CaseStepResponses
  CaseView start(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody Step body) {
    int version = version(body.version());
    return taken(staff, work.start(staff, new CaseCommand.Start(parse(number), version)));
  }

  @PostMapping(path = "/supplement-requests", consumes = "application/json")
  @Operation(
      operationId = "requestSupplement",
      summary = "Ask for a supplement (補正), every deficiency at once")
  @CaseStepResponses
  CaseView requestSupplement(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody SupplementRequest body) {
    int version = version(body.version());
    List<String> deficiencies = body.deficiencies() == null ? List.of() : body.deficiencies();
    return taken(
        staff,
        work.requestSupplement(
            staff,
            new CaseCommand.RequestSupplement(parse(number), version, deficiencies, body.days())));
  }

  @PostMapping(path = "/supplements", consumes = "application/json")
  @Operation(
      operationId = "recordSupplement",
      summary = "Record that the applicant supplied what was missing")
  @CaseStepResponses
  CaseView supply(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody Supplement body) {
    int version = version(body.version());
    return taken(
        staff, work.supply(staff, new CaseCommand.Supply(parse(number), version, body.note())));
  }

  @PostMapping(path = "/extensions", consumes = "application/json")
  @Operation(operationId = "extendCase", summary = "Extend the time limit once (展延)")
  @CaseStepResponses
  CaseView extend(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody Extension body) {
    CaseApiChecks checks = new CaseApiChecks();
    int version = checks.version(body.version());
    TimeLimit by = checks.limit(body.amount(), body.unit());
    checks.done();
    String reason = body.reason() == null ? "" : body.reason();
    return taken(
        staff,
        work.extend(
            staff, new CaseCommand.Extend(parse(number), version, by.amount(), by.unit(), reason)));
  }

  @PostMapping(path = "/decision", consumes = "application/json")
  @Operation(operationId = "decideCase", summary = "Decide the case (決行)")
  @CaseStepResponses
  CaseView decide(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody CaseApiRequests.Verdict body) {
    CaseApiChecks checks = new CaseApiChecks();
    int version = checks.version(body.version());
    Decision outcome = checks.outcome(body.outcome());
    checks.done();
    String reason = body.reason() == null ? "" : body.reason();
    return taken(
        staff,
        work.decide(
            staff, new CaseCommand.Decide(parse(number), version, outcome, reason, body.remedy())));
  }

  @PostMapping(path = "/close", consumes = "application/json")
  @Operation(operationId = "closeCase", summary = "Close a decided case (結案)")
  @CaseStepResponses
  CaseView close(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody Step body) {
    int version = version(body.version());
    return taken(staff, work.close(staff, new CaseCommand.Close(parse(number), version)));
  }

  @PostMapping(path = "/withdrawal", consumes = "application/json")
  @Operation(operationId = "withdrawCase", summary = "Record the applicant's withdrawal (撤回)")
  @CaseStepResponses
  CaseView withdraw(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody Withdrawal body) {
    int version = version(body.version());
    return taken(
        staff,
        work.withdraw(staff, new CaseCommand.Withdraw(parse(number), version, body.reason())));
  }

  @PostMapping(path = "/merge", consumes = "application/json")
  @Operation(
      operationId = "mergeCase",
      summary = "Merge the case into another case of the agency (併案)")
  @CaseStepResponses
  CaseView merge(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody Merge body) {
    CaseApiChecks checks = new CaseApiChecks();
    int version = checks.version(body.version());
    CaseNumber into = checks.caseNumber(body.into(), "into");
    checks.done();
    return taken(staff, work.merge(staff, new CaseCommand.Merge(parse(number), version, into)));
  }

  @PostMapping(path = "/transfer", consumes = "application/json")
  @Operation(
      operationId = "transferCase",
      summary = "Transfer the case to the competent agency (移文)")
  @CaseStepResponses
  CaseView transfer(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody Transfer body) {
    CaseApiChecks checks = new CaseApiChecks();
    int version = checks.version(body.version());
    AgencyCode to = checks.agency(body.to(), "to");
    long unitId = checks.required(body.unitId(), "unitId");
    String reason = checks.required(body.reason(), "reason");
    checks.done();
    return taken(
        staff,
        work.transfer(staff, new CaseCommand.Transfer(parse(number), version, to, unitId, reason)));
  }

  @PostMapping(path = "/joint-handling", consumes = "application/json")
  @Operation(
      operationId = "requestJointHandling",
      summary = "Ask another unit to help (會辦); opens a child case")
  @CaseStepResponses
  CaseView requestJointHandling(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody JointHandling body) {
    CaseApiChecks checks = new CaseApiChecks();
    int version = checks.version(body.version());
    long unitId = checks.required(body.unitId(), "unitId");
    TimeLimit limit = checks.limit(body.amount(), body.unit());
    checks.done();
    return taken(
        staff,
        work.requestJointHandling(
            staff, new CaseCommand.RequestJointHandling(parse(number), version, unitId, limit)));
  }

  @PostMapping(path = "/follow-ups", consumes = "application/json")
  @Operation(
      operationId = "sendFollowUp",
      summary = "Send a follow-up (稽催) on a case due today or late",
      description =
          "Quality officers of the case's agency. The status stays; the text is"
              + " internal. A case not yet due, or awaiting a supplement, is 422"
              + " casework.follow-up.not-due.")
  @CaseStepResponses
  CaseView followUp(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody CaseApiRequests.FollowUpText body) {
    String text = followUpText(body);
    return taken(
        staff, work.followUp(staff, new CaseCommand.FollowUp(parse(number), body.version(), text)));
  }

  @PostMapping(path = "/follow-up-answers", consumes = "application/json")
  @Operation(
      operationId = "answerFollowUp",
      summary = "Answer the open follow-ups (稽催答覆)",
      description =
          "The assigned officer or a unit head, or a quality officer recording an"
              + " answer given in writing. Without an open follow-up, 422"
              + " casework.follow-up.none-open.")
  @CaseStepResponses
  CaseView answerFollowUp(
      @AuthenticationPrincipal StaffPrincipal staff,
      @Parameter(description = NUMBER) @PathVariable String number,
      @RequestBody CaseApiRequests.FollowUpText body) {
    String text = followUpText(body);
    return taken(
        staff,
        work.answerFollowUp(
            staff, new CaseCommand.AnswerFollowUp(parse(number), body.version(), text)));
  }

  /** The text, required; its length is the case's rule. */
  private static String followUpText(CaseApiRequests.FollowUpText body) {
    CaseApiChecks checks = new CaseApiChecks();
    String text = checks.required(body.text(), "text");
    checks.done();
    return text;
  }

  /** The case as the caller sees it after the step. */
  private CaseView taken(StaffPrincipal staff, CaseWork.Stepped stepped) {
    return CaseView.of(actions.view(staff, stepped.number()));
  }

  private static int version(@Nullable Integer version) {
    CaseApiChecks checks = new CaseApiChecks();
    int v = checks.version(version);
    checks.done();
    return v;
  }

  private static CaseNumber parse(String number) {
    return CaseNumber.parse(number).orElseThrow(CaseNotFound::new);
  }
}
