// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.intake.Application;
import tw.civicdesk.intake.Intake;
import tw.civicdesk.intake.IntakeSettings;
import tw.civicdesk.intake.PetitionForm;
import tw.civicdesk.intake.PetitionIntake;
import tw.civicdesk.intake.Receipt;
import tw.civicdesk.intake.Submitter;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.input.SingleLine;
import tw.civicdesk.platform.throttle.AnonymousLimit;

/**
 * Filing an application through the API. Anonymous clients file online applications; a signed-in
 * staff member files for a citizen at the counter, from a call or a letter (channel, received day
 * and postmark in the body). Anonymous requests are limited per client address and hour ({@link
 * AnonymousLimit}); staff requests are not.
 */
@RestController
@Tag(name = "cases")
class IntakeApiController {

  private final Intake intake;

  private final PetitionIntake petitions;

  IntakeApiController(Intake intake, PetitionIntake petitions) {
    this.intake = intake;
    this.petitions = petitions;
  }

  /** The request body; unknown properties are refused. */
  record ApplicationRequest(
      @Schema(
              description =
                  "APPLICATION (default), PETITION, MAILBOX, COMPLAINT, FACILITY_REPORT or"
                      + " MEDIA_ITEM (staff only)")
          @Nullable CaseKind kind,
      @Schema(description = "Applications: the published service's code") @SingleLine
          @Nullable String serviceCode,
      @Schema(description = "Other kinds: the agency's code") @SingleLine @Nullable String agency,
      @Schema(description = "Other kinds: a category code from GET /api/v1/categories") @SingleLine
          @Nullable String category,
      @Schema(description = "Other kinds: the subject") @SingleLine @Nullable String subject,
      @Schema(description = "Other kinds: what it is about") @Nullable String description,
      @Schema(description = "Where it is; a facility report needs an address or lat/lon")
          @Nullable LocationRequest location,
      @Schema(description = "Filed without a name, where the kind allows it")
          @Nullable Boolean anonymous,
      @Nullable ApplicantRequest applicant,
      @Nullable Map<String, String> fields,
      @Nullable Boolean consent,
      @Schema(description = "Staff only: COUNTER (default for staff), PHONE or MAIL")
          @Nullable Channel channel,
      @Schema(description = "Staff only, PHONE and MAIL: the day received")
          @Nullable LocalDate receivedOn,
      @Schema(description = "Staff only, MAIL: the postmark date")
          @Nullable LocalDate postmarkedOn) {}

  /** Where a petition or report is about; WGS 84 coordinates. */
  record LocationRequest(
      @SingleLine @Size(max = 200) @Nullable String address,
      @SingleLine @Size(max = 40) @Nullable String district,
      @SingleLine @Size(max = 40) @Nullable String village,
      @Nullable Double lat,
      @Nullable Double lon,
      @Schema(description = "The place is a home: shown publicly without the house number")
          @Nullable Boolean atHome) {}

  /** The applicant in the request body. */
  record ApplicantRequest(
      @SingleLine @Nullable String name,
      @SingleLine @Size(max = 64) @Nullable String nationalId,
      @SingleLine @Size(max = 254) @Nullable String email,
      @SingleLine @Size(max = 30) @Nullable String phone,
      @Nullable String address,
      @Schema(description = "zh-TW or en") @SingleLine @Nullable String language,
      @Schema(description = "EMAIL, SMS, POST or NONE") @SingleLine @Nullable String notifyBy) {}

  /** The receipt as JSON. */
  record ReceiptView(
      String caseNumber,
      String verificationCode,
      @Nullable LocalDate dueDate,
      String status,
      LocalDate receivedOn,
      String channel,
      String kind,
      @Nullable String serviceCode,
      Map<String, String> serviceName,
      @Nullable String category,
      List<Map<String, String>> nextSteps,
      Map<String, Object> contact) {

    static ReceiptView of(Receipt r) {
      return new ReceiptView(
          r.caseNumber().value(),
          r.verificationCode(),
          r.dueDate(),
          r.status().name(),
          r.receivedOn(),
          r.channel().name(),
          r.kind().name(),
          r.serviceCode() == null ? null : r.serviceCode().value(),
          Map.of("zh", r.serviceName().zh(), "en", r.serviceName().en()),
          r.category(),
          r.nextSteps().stream().map(s -> Map.of("zh", s.zh(), "en", s.en())).toList(),
          Map.of(
              "agency",
              Map.of("zh", r.contact().agencyName().zh(), "en", r.contact().agencyName().en()),
              "unit",
              Map.of("zh", r.contact().unitName().zh(), "en", r.contact().unitName().en()),
              "phone",
              r.contact().phone(),
              "email",
              r.contact().email(),
              "hours",
              Map.of("zh", r.contact().openingHours().zh(), "en", r.contact().openingHours().en()),
              "address",
              Map.of("zh", r.contact().address().zh(), "en", r.contact().address().en())));
    }
  }

  @PostMapping(path = "/api/v1/cases", consumes = "application/json", produces = "application/json")
  @AnonymousLimit(door = IntakeSettings.ANONYMOUS_DOOR)
  @ResponseStatus(HttpStatus.CREATED)
  @SecurityRequirements
  @Operation(
      operationId = "fileApplication",
      summary = "File an application, a petition or a report",
      description =
          "Files an application for a published service, or (kind) a petition, a letter to the"
              + " head, a complaint, a facility report or a media item with its category, and"
              + " answers its receipt; the due date follows the kind's rule. Send a fresh Idempotency-Key per application: the same key with the same body"
              + " answers the same receipt again, with another body a 422. Without sign-in, one client"
              + " address may send civicdesk.intake.anonymous-per-hour requests an hour (replays"
              + " included); staff are not limited.")
  @ApiResponse(responseCode = "201", description = "Filed; the receipt")
  @ApiResponse(
      responseCode = "400",
      description =
          "A text the text check refuses (a control"
              + " character, a lone surrogate, a line break in a single-line field, too long), named in"
              + " errors[]")
  @ApiResponse(responseCode = "413", description = "A body larger than the configured limit")
  @ApiResponse(
      responseCode = "422",
      description =
          "Every problem with the application at once"
              + " (errors[]), or an Idempotency-Key reused for another body")
  @ApiResponse(
      responseCode = "429",
      description =
          "Too many requests from this client address"
              + " in the hour (anonymous clients only); nothing was stored",
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds to wait",
              schema = @Schema(type = "integer")))
  ReceiptView file(
      @Parameter(description = "A unique key per application, 8-200 visible ASCII characters")
          @RequestHeader(name = "Idempotency-Key", required = false)
          @Nullable String key,
      @RequestBody ApplicationRequest body,
      @AuthenticationPrincipal @Nullable StaffPrincipal staff,
      Locale locale) {
    if (key == null) {
      throw new MissingKey();
    }
    ApplicantRequest a =
        body.applicant() == null
            ? new ApplicantRequest(null, null, null, null, null, null, null)
            : body.applicant();
    Submitter by =
        staff == null
            ? Submitter.citizen()
            : Submitter.staff(staff.getUsername(), staff.agencyCode());
    Channel channel =
        staff == null ? Channel.ONLINE : body.channel() == null ? Channel.COUNTER : body.channel();
    Application.ApplicantForm who =
        new Application.ApplicantForm(
            a.name(),
            a.nationalId(),
            a.email(),
            a.phone(),
            a.address(),
            a.language(),
            a.notifyBy());
    CaseKind kind = body.kind() == null ? CaseKind.APPLICATION : body.kind();
    if (kind != CaseKind.APPLICATION) {
      return ReceiptView.of(
          petitions.submit("api:" + key, petition(body, kind, channel, who), by, locale));
    }
    Application application =
        new Application(
            body.serviceCode(),
            channel,
            who,
            body.fields() == null ? Map.of() : body.fields(),
            Boolean.TRUE.equals(body.consent()),
            body.receivedOn(),
            body.postmarkedOn());
    return ReceiptView.of(intake.apply("api:" + key, application, by, locale));
  }

  private static PetitionForm petition(
      ApplicationRequest body, CaseKind kind, Channel channel, Application.ApplicantForm who) {
    LocationRequest l = body.location();
    PetitionForm.PlaceForm place =
        l == null
            ? PetitionForm.PlaceForm.NONE
            : new PetitionForm.PlaceForm(
                l.address(),
                l.district(),
                l.village(),
                l.lat(),
                l.lon(),
                Boolean.TRUE.equals(l.atHome()));
    return new PetitionForm(
        kind,
        body.agency(),
        body.category(),
        channel,
        body.subject(),
        body.description(),
        place,
        Boolean.TRUE.equals(body.anonymous()),
        who,
        Boolean.TRUE.equals(body.consent()),
        body.receivedOn(),
        body.postmarkedOn(),
        body.fields() == null ? Map.of() : body.fields());
  }

  /** No Idempotency-Key header. */
  static class MissingKey extends tw.civicdesk.platform.error.InvalidInputException {
    MissingKey() {
      super("intake.idempotency.missing");
    }
  }
}
