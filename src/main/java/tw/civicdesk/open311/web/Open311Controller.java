// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.civicdesk.open311.ApiKey;
import tw.civicdesk.open311.GeoReport;
import tw.civicdesk.open311.Jurisdictions;
import tw.civicdesk.open311.Open311Filing;
import tw.civicdesk.open311.Report;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.petitions.PetitionView;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}, every endpoint in JSON and XML by its suffix (ADR
 * 0039). GET requests pages by keyset beyond the specification: {@code page_size} (1–1,000, default
 * 1,000) and {@code after}, the value of the {@code Link: <…>; rel="next"} header of the previous
 * page. Errors are answered by {@link Open311Errors}.
 */
@RestController
class Open311Controller {

  static final String BASE = "/open311/v2";

  private final Jurisdictions jurisdictions;
  private final GeoReport reports;
  private final Open311Filing filing;
  private final Open311Answers answers;

  Open311Controller(
      Jurisdictions jurisdictions,
      GeoReport reports,
      Open311Filing filing,
      Open311Answers answers) {
    this.jurisdictions = jurisdictions;
    this.reports = reports;
    this.filing = filing;
    this.answers = answers;
  }

  @GetMapping(BASE + "/services.{format}")
  ResponseEntity<byte[]> services(
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
      Locale locale) {
    Open311Format as = Open311Format.of(format);
    Agency agency = jurisdictions.resolve(jurisdiction);
    return answer(as, answers.services(reports.services(agency.code()), locale));
  }

  @GetMapping(BASE + "/services/{code}.{format}")
  ResponseEntity<byte[]> definition(
      @PathVariable String code,
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
      Locale locale) {
    Open311Format as = Open311Format.of(format);
    Agency agency = jurisdictions.resolve(jurisdiction);
    return answer(as, answers.definition(code, reports.definition(agency.code(), code), locale));
  }

  @GetMapping(BASE + "/requests.{format}")
  ResponseEntity<byte[]> requests(
      @PathVariable String format,
      @RequestParam Map<String, String> parameters,
      HttpServletRequest request,
      Locale locale) {
    Open311Format as = Open311Format.of(format);
    Agency agency = jurisdictions.resolve(parameters.get("jurisdiction_id"));
    RequestParameters asked = RequestParameters.of(agency.code(), parameters);
    List<PetitionView> rows = reports.requests(asked.query());
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
    if (rows.size() == asked.query().pageSize()) {
      ok.header(
          HttpHeaders.LINK,
          "<" + asked.next(request, rows.get(rows.size() - 1)) + ">; rel=\"next\"");
    }
    return body(ok, as, requestsOf(rows, agency, locale));
  }

  @GetMapping(BASE + "/requests/{id}.{format}")
  ResponseEntity<byte[]> request(
      @PathVariable String id,
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction,
      Locale locale) {
    Open311Format as = Open311Format.of(format);
    Agency agency = jurisdictions.resolve(jurisdiction);
    return answer(as, requestsOf(List.of(reports.request(agency.code(), id)), agency, locale));
  }

  @GetMapping(BASE + "/tokens/{token}.{format}")
  ResponseEntity<byte[]> token(
      @PathVariable String token,
      @PathVariable String format,
      @RequestParam(name = "jurisdiction_id", required = false) @Nullable String jurisdiction) {
    Open311Format as = Open311Format.of(format);
    Agency agency = jurisdictions.resolve(jurisdiction);
    return answer(as, answers.token(token, reports.token(agency.code(), token)));
  }

  /**
   * POST requests, form-encoded as the specification says. Every request presenting a working key
   * counts against the key's hour, refused or not; the answer holds the new {@code
   * service_request_id} and a {@code token}.
   */
  @PostMapping(BASE + "/requests.{format}")
  ResponseEntity<byte[]> file(
      @PathVariable String format, HttpServletRequest request, Locale locale) {
    // The key first: a POST without one is 403 whatever else is wrong with it.
    ApiKey key =
        filing.admit(request.getParameter("api_key"), request.getParameter("jurisdiction_id"));
    Open311Format as = Open311Format.of(format);
    Open311Filing.Filed filed = filing.file(key, report(request, locale));
    return answer(as, answers.created(filed, locale));
  }

  private Node requestsOf(List<PetitionView> rows, Agency agency, Locale locale) {
    return answers.requests(
        rows, reports.serviceNames(agency.code()), agency.name().in(locale), locale);
  }

  private static Report report(HttpServletRequest request, Locale locale) {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              String code = attributeCode(name);
              if (code != null) {
                attributes.computeIfAbsent(code, c -> new ArrayList<>()).addAll(List.of(values));
              }
            });
    return new Report(
        request.getParameter("service_code"),
        request.getParameter("lat"),
        request.getParameter("long"),
        request.getParameter("address_string"),
        request.getParameter("address_id"),
        attributes,
        request.getParameter("first_name"),
        request.getParameter("last_name"),
        request.getParameter("email"),
        request.getParameter("phone"),
        request.getParameter("description"),
        locale);
  }

  /** {@code attribute[code]} and {@code attribute[code][]} → {@code code}; else {@code null}. */
  static @Nullable String attributeCode(String parameter) {
    String name =
        parameter.endsWith("[]") ? parameter.substring(0, parameter.length() - 2) : parameter;
    if (name.startsWith("attribute[") && name.endsWith("]") && name.length() > 11) {
      return name.substring(10, name.length() - 1);
    }
    return null;
  }

  private static ResponseEntity<byte[]> answer(Open311Format as, Node node) {
    return body(ResponseEntity.status(HttpStatus.OK), as, node);
  }

  private static ResponseEntity<byte[]> body(
      ResponseEntity.BodyBuilder builder, Open311Format as, Node node) {
    return builder.contentType(as.mediaType()).body(as.write(node));
  }
}
