// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.open311;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.petitions.Category;
import tw.civicdesk.petitions.FilePetition;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.petitions.Place;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.TooManyRequestsException;
import tw.civicdesk.platform.i18n.Languages;

/**
 * POST requests (ADR 0039): admits a request by its API key, then files the facility report through
 * the petitions module's door ({@link Petitions#file}) with the channel {@link Channel#OPEN311},
 * into the key's agency only, after checking what Open311 adds — the location, the attributes, the
 * reporter's name and contacts. A report without a name is anonymous; a report whose address has a
 * house number is treated as at a home, so that its public form leaves the number out and rounds
 * its coordinates ({@link Place#publicForm()}).
 */
@Service
public class Open311Filing {

  static final String KEY_MISSING = "open311.error.api-key-missing";
  static final String KEY_INVALID = "open311.error.api-key-invalid";
  static final String KEY_REVOKED = "open311.error.api-key-revoked";
  static final String KEY_AGENCY = "open311.error.api-key-agency";

  private final ApiKeys keys;
  private final GeoReport reports;
  private final Petitions petitions;
  private final TokenRows tokens;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  Open311Filing(
      ApiKeys keys, GeoReport reports, Petitions petitions, TokenRows tokens, Clock clock) {
    this.keys = keys;
    this.reports = reports;
    this.petitions = petitions;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** What was filed: the case's number, its token and the day its reply is due. */
  public record Filed(CaseNumber number, String token, @Nullable LocalDate dueDate) {}

  /**
   * The working key {@code apiKey} stands for, counted once against its hourly limit. Call it
   * outside a transaction (the count commits on its own).
   *
   * @param jurisdictionId the {@code jurisdiction_id} sent, {@code null} when none: the key's
   *     agency
   * @throws ForbiddenException (403) when no key, an unknown key or a revoked key was sent, or the
   *     key is another jurisdiction's
   * @throws TooManyRequestsException (429) when the key has used up its hour
   */
  public ApiKey admit(@Nullable String apiKey, @Nullable String jurisdictionId) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new ForbiddenException(KEY_MISSING);
    }
    ApiKey key = keys.find(apiKey.strip()).orElseThrow(() -> new ForbiddenException(KEY_INVALID));
    if (!key.active()) {
      throw new ForbiddenException(KEY_REVOKED);
    }
    keys.count(key);
    if (jurisdictionId != null
        && !jurisdictionId.isBlank()
        && !jurisdictionId.strip().equalsIgnoreCase(key.agency().value())) {
      throw new ForbiddenException(KEY_AGENCY, key.agency().value());
    }
    return key;
  }

  /**
   * Files {@code report} into {@code key}'s agency and gives it a token, in one transaction.
   *
   * @throws tw.civicdesk.platform.error.NotFoundException (404) for a service the agency does not
   *     offer
   * @throws InvalidFields with every problem of the request (answered 400)
   */
  @Transactional
  public Filed file(ApiKey key, Report report) {
    if (report.serviceCode() == null || report.serviceCode().isBlank()) {
      throw new InvalidFields(
          List.of(problem("service_code", "open311.error.required", "service_code")));
    }
    Category service = reports.service(key.agency(), report.serviceCode().strip());
    ReportCheck check = new ReportCheck(report);
    Place place = check.place();
    Map<String, String> answers = check.answers(reports.definition(key.agency(), service.code()));
    Applicant applicant = check.applicant();
    check.done();
    Locale language = Languages.normalise(report.language());
    String subject = service.name().in(language);
    String description =
        report.description() == null || report.description().isBlank()
            ? subject
            : report.description();
    CaseWork.Filed filed =
        petitions.file(
            new FilePetition(
                CaseKind.FACILITY_REPORT,
                Channel.OPEN311,
                key.agency(),
                service.code(),
                place,
                subject,
                description,
                applicant,
                language,
                LocalDate.now(clock),
                null,
                answers,
                null));
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.insert(token, filed.number(), key.id(), clock.instant());
    return new Filed(filed.number(), token, filed.dueDate());
  }

  static FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, key, List.of(args));
  }

  /** The checks Open311 adds, collecting every problem before any is answered. */
  private static final class ReportCheck {

    private final Report report;
    private final List<FieldProblem> problems = new ArrayList<>();

    ReportCheck(Report report) {
      this.report = report;
    }

    Place place() {
      Double lat = coordinate("lat", report.lat(), 90);
      Double lon = coordinate("long", report.lon(), 180);
      String address = blankToNull(report.addressString());
      if ((lat == null) != (lon == null) || (lat == null && address == null)) {
        if (!problems.stream().anyMatch(p -> p.field().equals("lat") || p.field().equals("long"))) {
          problems.add(problem("lat", "open311.error.location"));
        }
      }
      boolean housed =
          address != null
              && !address.equals(
                  new Place(address, null, null, null, null, true).publicForm().address());
      return new Place(address, null, null, lat, lon, housed);
    }

    Map<String, String> answers(List<Attribute> asked) {
      Map<String, String> answers = new LinkedHashMap<>();
      for (String code : report.attributes().keySet()) {
        if (asked.stream().noneMatch(a -> a.code().equals(code))) {
          problems.add(problem("attribute[" + code + "]", "open311.error.attribute-invalid", code));
        }
      }
      for (Attribute attribute : asked) {
        List<String> given =
            report.attributes().getOrDefault(attribute.code(), List.of()).stream()
                .filter(v -> !v.isBlank())
                .toList();
        if (given.isEmpty()) {
          if (attribute.required()) {
            problems.add(
                problem(
                    "attribute[" + attribute.code() + "]",
                    "open311.error.attribute-required",
                    attribute.code()));
          }
        } else if (!attribute.accepts(given)) {
          problems.add(
              problem(
                  "attribute[" + attribute.code() + "]",
                  "open311.error.attribute-invalid",
                  attribute.code()));
        } else {
          answers.put(
              attribute.code(), String.join(",", given.stream().map(String::strip).toList()));
        }
      }
      return answers;
    }

    @Nullable Applicant applicant() {
      String name = name(report.firstName(), report.lastName());
      String email = blankToNull(report.email());
      String phone = blankToNull(report.phone());
      if (email != null && !Applicant.isEmail(email)) {
        problems.add(problem("email", "open311.error.invalid", "email"));
      }
      if (phone != null && !Applicant.isPhone(phone)) {
        problems.add(problem("phone", "open311.error.invalid", "phone"));
      }
      if (name == null) {
        if (email != null || phone != null) {
          problems.add(problem("first_name", "open311.error.name-required"));
        }
        return null;
      }
      if (name.length() > 100) {
        problems.add(problem("last_name", "open311.error.invalid", "first_name / last_name"));
        return null;
      }
      Applicant.NotifyBy by =
          email != null
              ? Applicant.NotifyBy.EMAIL
              : phone != null ? Applicant.NotifyBy.SMS : Applicant.NotifyBy.NONE;
      return new Applicant(name, null, email, phone, null, report.language(), by);
    }

    void done() {
      if (!problems.isEmpty()) {
        throw new InvalidFields(problems);
      }
    }

    private @Nullable Double coordinate(String field, @Nullable String raw, double max) {
      if (raw == null || raw.isBlank()) {
        return null;
      }
      try {
        double value = Double.parseDouble(raw.strip());
        if (Double.isFinite(value) && Math.abs(value) <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // answered below
      }
      problems.add(problem(field, "open311.error.invalid", field));
      return null;
    }

    /** Family name first without a space in Chinese (王 + 小明), given name first otherwise. */
    private static @Nullable String name(@Nullable String first, @Nullable String last) {
      String given = blankToNull(first);
      String family = blankToNull(last);
      if (given == null || family == null) {
        return given == null ? family : given;
      }
      boolean cjk = (family + given).codePoints().anyMatch(Character::isIdeographic);
      return cjk ? family + given : given + " " + family;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }
}
