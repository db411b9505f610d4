// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tw.civicdesk.casework.Attachment;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.internal.CaseAttachments;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Staff JSON API of case attachments: {@code POST /api/v1/cases/{number}/attachments}. Staff who
 * reach the case only (ADR 0025; any other case answers 404), signed in with HTTP Basic; a browser
 * that sends its session cookie instead must also send the session's CSRF token, as a multipart
 * form can be posted from another site.
 */
@RestController
@RequestMapping(path = "/api/v1/cases/{number}/attachments", produces = "application/json")
@Tag(name = "cases")
class CaseAttachmentApiController {

  private final CaseAttachments attachments;

  CaseAttachmentApiController(CaseAttachments attachments) {
    this.attachments = attachments;
  }

  /** Attaches one file to a case; 201 with its metadata (never the bytes). */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "addCaseAttachment",
      summary = "Attach a file to a case",
      description =
          "Stores a PDF, PNG, JPEG, ODT or ODS file (judged by its content, not its"
              + " name) on a case the caller reaches, optionally naming the required document"
              + " it answers. Staff only, with HTTP Basic (or the session cookie plus its CSRF token).")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
              schema = @Schema(implementation = AttachmentUpload.class)))
  @ApiResponse(responseCode = "201", description = "The stored attachment")
  @ApiResponse(responseCode = "401", description = "Not signed in")
  @ApiResponse(responseCode = "403", description = "No case role, or no CSRF token")
  @ApiResponse(responseCode = "404", description = "No such case within the caller's reach")
  @ApiResponse(
      responseCode = "422",
      description = "File refused: empty, too large, too many," + " or of another type")
  AttachmentView add(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String number,
      @Parameter(hidden = true) @RequestParam("file") MultipartFile file,
      @Parameter(hidden = true) @RequestParam(required = false) @Nullable String document)
      throws IOException {
    CaseNumber caseNumber = CaseStaff.number(number);
    attachments.requireCase(caseNumber, staff);
    return AttachmentView.of(
        attachments.add(
            caseNumber,
            file.getOriginalFilename(),
            file.getBytes(),
            document,
            CaseStaff.actor(staff)));
  }

  /** The multipart form of an upload, for the OpenAPI description only. */
  @Schema(requiredProperties = "file")
  record AttachmentUpload(
      @Schema(type = "string", format = "binary", description = "The file") String file,
      @Schema(description = "The required document (應備文件) it answers, if any")
          @Nullable String document) {}

  /** An attachment's metadata as the API gives it. */
  record AttachmentView(
      long id,
      String caseNumber,
      String filename,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      Instant uploadedAt,
      @Nullable String document) {
    static AttachmentView of(Attachment a) {
      return new AttachmentView(
          a.id(),
          a.caseNumber().value(),
          a.filename(),
          a.contentType(),
          a.size(),
          a.sha256(),
          a.uploadedBy(),
          a.uploadedAt(),
          a.document());
    }
  }
}
