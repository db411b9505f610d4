// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.petitions.Category;
import tw.civicdesk.petitions.PetitionQuery;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.petitions.PetitionView;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * What the GeoReport v2 read endpoints answer, from the petitions module's rules and read model
 * only (ADR 0039): an agency's services are its active facility-report categories, its requests are
 * its facility reports. Nothing here reads a case, so nothing here can answer who filed a report or
 * what they wrote.
 */
@Service
public class GeoReport {

  static final String SERVICE_NOT_FOUND = "open311.error.service-not-found";
  static final String REQUEST_NOT_FOUND = "open311.error.request-not-found";
  static final String TOKEN_NOT_FOUND = "open311.error.token-not-found";

  private static final Set<CaseKind> REPORTS = EnumSet.of(CaseKind.FACILITY_REPORT);

  private final PetitionRules rules;
  private final Petitions petitions;
  private final AttributeRows attributes;
  private final TokenRows tokens;
  private final Clock clock;

  GeoReport(
      PetitionRules rules,
      Petitions petitions,
      AttributeRows attributes,
      TokenRows tokens,
      Clock clock) {
    this.rules = rules;
    this.petitions = petitions;
    this.attributes = attributes;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A service as the list shows it: its category, and whether it asks attributes. */
  public record Offered(Category category, boolean metadata) {}

  /** The services of {@code agency}: its active facility-report categories, in their order. */
  @Transactional(readOnly = true)
  public List<Offered> services(AgencyCode agency) {
    Set<String> asking = attributes.categoriesWithAttributes(agency);
    return rules.categories(agency, CaseKind.FACILITY_REPORT).stream()
        .map(c -> new Offered(c, asking.contains(c.code())))
        .toList();
  }

  /**
   * The service {@code code} of {@code agency}.
   *
   * @throws NotFoundException (404) unless it is an active facility-report category there
   */
  @Transactional(readOnly = true)
  public Category service(AgencyCode agency, String code) {
    return (Category.isCode(code)
            ? rules.category(agency, code)
            : java.util.Optional.<Category>empty())
        .filter(c -> c.active() && c.kind() == CaseKind.FACILITY_REPORT)
        .orElseThrow(() -> new NotFoundException(SERVICE_NOT_FOUND));
  }

  /**
   * The attributes service {@code code} of {@code agency} asks, in order.
   *
   * @throws NotFoundException (404) as {@link #service}
   */
  @Transactional(readOnly = true)
  public List<Attribute> definition(AgencyCode agency, String code) {
    return attributes.of(agency, service(agency, code).code());
  }

  /** The names of every category of {@code agency}, inactive ones too, by code. */
  @Transactional(readOnly = true)
  public Map<String, BilingualText> serviceNames(AgencyCode agency) {
    Map<String, BilingualText> names = new LinkedHashMap<>();
    rules.allCategories(agency).forEach(c -> names.put(c.code(), c.name()));
    return names;
  }

  /** One page of {@code query}, newest request first. */
  @Transactional(readOnly = true)
  public List<PetitionView> requests(RequestQuery query) {
    if (!query.ids().isEmpty()) {
      return petitions.find(
          new PetitionQuery(
              query.agency(),
              REPORTS,
              Set.of(),
              Set.of(),
              query.ids(),
              null,
              null,
              query.after(),
              true,
              query.pageSize()));
    }
    Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
    query.statuses().forEach(s -> statuses.addAll(s.statuses()));
    Instant end = query.end();
    Instant start = query.start();
    if (start == null) {
      start = (end == null ? clock.instant() : end).minus(RequestQuery.DEFAULT_SPAN);
    }
    return petitions.find(
        new PetitionQuery(
            query.agency(),
            REPORTS,
            query.serviceCodes(),
            statuses,
            Set.of(),
            start,
            end == null ? null : end.plus(1, ChronoUnit.MICROS),
            query.after(),
            true,
            query.pageSize()));
  }

  /**
   * The request {@code id} of {@code agency}.
   *
   * @throws NotFoundException (404) unless it is a facility report of that agency
   */
  @Transactional(readOnly = true)
  public PetitionView request(AgencyCode agency, String id) {
    return CaseNumber.parse(id)
        .flatMap(petitions::view)
        .filter(v -> v.agency().equals(agency) && v.kind() == CaseKind.FACILITY_REPORT)
        .orElseThrow(() -> new NotFoundException(REQUEST_NOT_FOUND));
  }

  /**
   * The request filed through Open311 with {@code token} at {@code agency}.
   *
   * @throws NotFoundException (404) for a token this server did not give for that agency
   */
  @Transactional(readOnly = true)
  public CaseNumber token(AgencyCode agency, String token) {
    return (token.length() <= 100 ? tokens.find(token) : java.util.Optional.<CaseNumber>empty())
        .filter(n -> petitions.view(n).filter(v -> v.agency().equals(agency)).isPresent())
        .orElseThrow(() -> new NotFoundException(TOKEN_NOT_FOUND));
  }
}
