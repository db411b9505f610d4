// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.open311.Attribute;
import tw.civicdesk.open311.GeoReport;
import tw.civicdesk.open311.Open311Filing;
import tw.civicdesk.open311.RequestStatus;
import tw.civicdesk.petitions.PetitionView;
import tw.civicdesk.petitions.Place;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Builds each GeoReport v2 answer as a {@link Node}, with the element names the specification
 * shows: {@code services/service}, {@code service_definition/attributes/attribute/values/value},
 * {@code service_requests/request} and {@code errors/error}. Times are W3C date-times in Taiwan
 * time ({@code +08:00}); texts are in the request's language. A request carries only public fields
 * of the petitions read model: no name, contact, free text or photo, and the public form of its
 * place.
 */
@Component
class Open311Answers {

  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final MessageSource messages;

  Open311Answers(MessageSource messages) {
    this.messages = messages;
  }

  Node services(List<GeoReport.Offered> offered, Locale locale) {
    String group = messages.getMessage("petitions.kind.FACILITY_REPORT", null, locale);
    List<Node.Group> items = new ArrayList<>();
    for (GeoReport.Offered o : offered) {
      String name = o.category().name().in(locale);
      items.add(
          group(
              value("service_code", o.category().code()),
              value("service_name", name),
              value(
                  "description",
                  messages.getMessage(
                      "open311.service.description", new Object[] {group, name}, locale)),
              value("metadata", o.metadata()),
              value("type", "realtime"),
              value("keywords", null),
              value("group", group)));
    }
    return new Node.Items("services", "service", items);
  }

  Node definition(String code, List<Attribute> attributes, Locale locale) {
    List<Node.Group> items = new ArrayList<>();
    for (Attribute a : attributes) {
      List<Node> parts = new ArrayList<>();
      parts.add(value("variable", true));
      parts.add(value("code", a.code()));
      parts.add(value("datatype", a.datatype().wire()));
      parts.add(value("required", a.required()));
      parts.add(value("datatype_description", a.hint() == null ? null : a.hint().in(locale)));
      parts.add(value("order", a.order()));
      parts.add(value("description", a.description().in(locale)));
      if (!a.values().isEmpty()) {
        parts.add(
            new Node.Items(
                "values",
                "value",
                a.values().stream()
                    .map(v -> group(value("key", v.key()), value("name", v.name().in(locale))))
                    .toList()));
      }
      items.add(new Node.Group("attribute", parts));
    }
    return new Node.Group(
        "service_definition",
        List.of(value("service_code", code), new Node.Items("attributes", "attribute", items)));
  }

  Node requests(
      List<PetitionView> rows,
      Map<String, BilingualText> serviceNames,
      String agencyName,
      Locale locale) {
    List<Node.Group> items = new ArrayList<>();
    for (PetitionView row : rows) {
      Place place = row.place().publicForm();
      BilingualText service = serviceNames.get(row.category());
      items.add(
          group(
              value("service_request_id", row.number().value()),
              value("status", RequestStatus.of(row.status()).wire()),
              value(
                  "status_notes",
                  messages.getMessage("casework.status." + row.status().name(), null, locale)),
              value("service_name", service == null ? null : service.in(locale)),
              value("service_code", row.category()),
              value("agency_responsible", agencyName),
              value("service_notice", null),
              value("requested_datetime", time(row.filedAt())),
              value("updated_datetime", time(row.updatedAt())),
              value("expected_datetime", due(row.dueDate())),
              value("address", address(place)),
              value("address_id", null),
              value("zipcode", null),
              value("lat", place.lat() == null ? null : BigDecimal.valueOf(place.lat())),
              value("long", place.lon() == null ? null : BigDecimal.valueOf(place.lon())),
              value("media_url", null)));
    }
    return new Node.Items("service_requests", "request", items);
  }

  Node created(Open311Filing.Filed filed, Locale locale) {
    String notice =
        filed.dueDate() == null
            ? null
            : messages.getMessage(
                "open311.notice.filed", new Object[] {filed.dueDate().toString()}, locale);
    return new Node.Items(
        "service_requests",
        "request",
        List.of(
            group(
                value("service_request_id", filed.number().value()),
                value("token", filed.token()),
                value("service_notice", notice),
                value("account_id", null))));
  }

  Node token(String token, CaseNumber number) {
    return new Node.Items(
        "service_requests",
        "request",
        List.of(group(value("service_request_id", number.value()), value("token", token))));
  }

  /** One error of the answer: its status code and what went wrong. */
  record Error(int code, String description) {}

  Node errors(List<Error> errors) {
    return new Node.Items(
        "errors",
        "error",
        errors.stream()
            .map(e -> group(value("code", e.code()), value("description", e.description())))
            .toList());
  }

  private static @Nullable String address(Place place) {
    List<String> parts = new ArrayList<>();
    for (String part : new String[] {place.district(), place.village(), place.address()}) {
      if (part != null && !part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  static String time(Instant at) {
    return W3C.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(TAIPEI).toOffsetDateTime());
  }

  private static @Nullable String due(@Nullable LocalDate day) {
    return day == null ? null : W3C.format(day.atTime(LocalTime.of(23, 59, 59)).atZone(TAIPEI));
  }

  private static Node.Value value(String name, @Nullable Object value) {
    return new Node.Value(name, value);
  }

  private static Node.Group group(Node... parts) {
    return new Node.Group("item", List.of(parts));
  }
}
