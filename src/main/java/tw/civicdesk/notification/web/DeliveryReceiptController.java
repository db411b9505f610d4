// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.notification.DeliveryReceipts;
import tw.civicdesk.notification.DeliveryStatus;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.input.SingleLine;

/**
 * {@code POST /api/v1/notifications/delivery-receipts}: an SMS gateway (or mail provider) reports
 * what became of a message, with {@code Authorization: Bearer <callback key>}:
 *
 * <pre>{"messageId": "…", "reference": "…", "status": "DELIVERED", "at": "…", "error": "…"}</pre>
 *
 * {@code messageId} (ours) or {@code reference} (the gateway's) names the message; {@code status}
 * is {@code DELIVERED}, {@code FAILED} or {@code BOUNCED}. Answers 204 when recorded or already
 * recorded, 401 without the right key, 404 for an unknown message, 409 when the message's status
 * does not accept it, 422 (problem details with {@code errors[]}) for a bad body.
 */
@RestController
@Tag(name = "notifications")
class DeliveryReceiptController {

  private final DeliveryReceipts receipts;

  DeliveryReceiptController(DeliveryReceipts receipts) {
    this.receipts = receipts;
  }

  /** A delivery receipt as the gateway sends it. */
  record Receipt(
      @SingleLine @Nullable String messageId,
      @SingleLine @Nullable String reference,
      @SingleLine @Nullable String status,
      @Nullable Instant at,
      @Nullable String error) {}

  @PostMapping(path = "/api/v1/notifications/delivery-receipts", consumes = "application/json")
  @Operation(
      operationId = "recordDeliveryReceipt",
      summary = "Record a gateway's delivery receipt for a message",
      description =
          "For an SMS gateway or mail provider, authenticated by the callback key as"
              + " a bearer token. A repeated receipt changes nothing and is also answered 204.")
  @ApiResponse(responseCode = "204", description = "Recorded, or already recorded")
  @ApiResponse(responseCode = "401", description = "No or wrong callback key")
  @ApiResponse(responseCode = "404", description = "No message with this id or reference")
  @ApiResponse(
      responseCode = "409",
      description = "The message's status does not accept this receipt (not sent, or final)")
  @ApiResponse(responseCode = "422", description = "No message id or reference, or a bad status")
  ResponseEntity<Void> receive(
      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth,
      @RequestBody Receipt receipt) {
    String bearer = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
    if (!receipts.authenticates(bearer)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .build();
    }
    List<FieldProblem> problems = new ArrayList<>();
    UUID messageId = null;
    if (receipt.messageId() != null) {
      try {
        messageId = UUID.fromString(receipt.messageId());
      } catch (IllegalArgumentException e) {
        problems.add(
            new FieldProblem("messageId", "notification.receipt-callback.message-id", List.of()));
      }
    } else if (receipt.reference() == null || receipt.reference().isBlank()) {
      problems.add(
          new FieldProblem("messageId", "notification.receipt-callback.message-id", List.of()));
    }
    DeliveryStatus status = status(receipt.status());
    if (status == null) {
      problems.add(new FieldProblem("status", "notification.receipt-callback.status", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    return switch (receipts.record(
        messageId,
        receipt.reference(),
        java.util.Objects.requireNonNull(status),
        receipt.at(),
        receipt.error())) {
      case UPDATED, UNCHANGED -> ResponseEntity.noContent().build();
      case UNKNOWN -> throw new NotFoundException("notification.receipt-callback.unknown");
      case REFUSED -> throw new ConflictException("notification.receipt-callback.refused");
    };
  }

  private static @Nullable DeliveryStatus status(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    return switch (raw) {
      case "DELIVERED" -> DeliveryStatus.DELIVERED;
      case "FAILED" -> DeliveryStatus.FAILED;
      case "BOUNCED" -> DeliveryStatus.BOUNCED;
      default -> null;
    };
  }
}
