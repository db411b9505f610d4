// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.open311.RequestQuery;
import tw.civicdesk.open311.RequestStatus;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.PetitionQuery;
import tw.civicdesk.petitions.PetitionView;
import tw.civicdesk.platform.error.MalformedRequestException;

/**
 * The parameters of GET requests read into a {@link RequestQuery}: the specification's {@code
 * service_request_id}, {@code service_code} and {@code status} (each comma separated), {@code
 * start_date} and {@code end_date} (W3C date-times with a time zone), and CivicDesk's paging
 * extension {@code page_size} and {@code after} (ADR 0039). A malformed value is a 400, never
 * ignored.
 *
 * @param query what to read
 */
record RequestParameters(RequestQuery query) {

  static final String AFTER = "after";

  static RequestParameters of(AgencyCode agency, Map<String, String> parameters) {
    Set<CaseNumber> ids = new LinkedHashSet<>();
    for (String id : list(parameters.get("service_request_id"))) {
      ids.add(
          CaseNumber.parse(id)
              .orElseThrow(() -> invalid("service_request_id", "open311.error.invalid")));
    }
    Set<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
    for (String status : list(parameters.get("status"))) {
      try {
        statuses.add(RequestStatus.valueOf(status.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new MalformedRequestException("status", "open311.error.status");
      }
    }
    return new RequestParameters(
        new RequestQuery(
            agency,
            ids,
            list(parameters.get("service_code")),
            statuses,
            time("start_date", parameters.get("start_date")),
            time("end_date", parameters.get("end_date")),
            cursor(parameters.get(AFTER)),
            pageSize(parameters.get("page_size"))));
  }

  /** The address of the page after {@code last}: this request's with {@code after} set. */
  String next(HttpServletRequest request, PetitionView last) {
    UriComponentsBuilder next = UriComponentsBuilder.fromPath(request.getRequestURI());
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.equals(AFTER)) {
                next.queryParam(name, (Object[]) values);
              }
            });
    return next.queryParam(AFTER, cursorOf(last)).encode().build().toUriString();
  }

  /** The cursor of a row: its filing time in microseconds and its number, URL-safe. */
  static String cursorOf(PetitionView row) {
    Instant at = row.filedAt();
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((micros + ":" + row.number().value()).getBytes(StandardCharsets.UTF_8));
  }

  private static PetitionQuery.@Nullable Cursor cursor(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      long micros = Long.parseLong(text.substring(0, colon));
      CaseNumber number =
          CaseNumber.parse(text.substring(colon + 1)).orElseThrow(() -> invalidAfter());
      return new PetitionQuery.Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), number);
    } catch (IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException e) {
      throw invalidAfter();
    }
  }

  private static MalformedRequestException invalidAfter() {
    return new MalformedRequestException(AFTER, "open311.error.after");
  }

  private static int pageSize(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return RequestQuery.MAX_PAGE_SIZE;
    }
    try {
      int size = Integer.parseInt(raw.strip());
      if (size >= 1 && size <= RequestQuery.MAX_PAGE_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new MalformedRequestException(
        "page_size", "open311.error.page-size", RequestQuery.MAX_PAGE_SIZE);
  }

  private static @Nullable Instant time(String name, @Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      // A '+' sent unencoded in a query arrives as a space.
      return OffsetDateTime.parse(raw.strip().replace(' ', '+')).toInstant();
    } catch (DateTimeParseException e) {
      throw new MalformedRequestException(name, "open311.error.date", name);
    }
  }

  private static Set<String> list(@Nullable String raw) {
    Set<String> values = new LinkedHashSet<>();
    if (raw != null) {
      Arrays.stream(raw.split(","))
          .map(String::strip)
          .filter(v -> !v.isEmpty())
          .forEach(values::add);
    }
    return values;
  }

  private static MalformedRequestException invalid(String field, String key) {
    return new MalformedRequestException(field, key, field);
  }
}
