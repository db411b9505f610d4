// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.handbook;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.ServiceContent;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.catalogue.ServicePage;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.handbook.Handbook.Chapter;
import tw.civicdesk.handbook.Handbook.Section;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Contact;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * Builds an agency's service handbook from its published catalogue, and writes it as PDF ({@link
 * HandbookPdf}) or ODT ({@link HandbookOdt}). Units come in the agency's order; each unit's
 * services by name (Chinese or English as the book's language); a unit without published services
 * is left out. An unknown agency or unit is {@code handbook.not-found} (404).
 */
@Service
public class Handbooks {

  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private final Catalogue catalogue;
  private final Organisation organisation;
  private final MessageSource messages;
  private final HandbookPdf pdf;
  private final Clock clock;

  Handbooks(
      Catalogue catalogue,
      Organisation organisation,
      MessageSource messages,
      HandbookPdf pdf,
      Clock clock) {
    this.catalogue = catalogue;
    this.organisation = organisation;
    this.messages = messages;
    this.pdf = pdf;
    this.clock = clock;
  }

  /** The handbook as PDF. */
  public byte[] pdf(String agencyCode, @Nullable String unitCode, Locale locale) {
    return pdf.write(build(agencyCode, unitCode, locale));
  }

  /** The handbook as ODT. */
  public byte[] odt(String agencyCode, @Nullable String unitCode, Locale locale) {
    return HandbookOdt.write(build(agencyCode, unitCode, locale), locale);
  }

  /**
   * The handbook of the agency, or of its unit {@code unitCode}, in {@code locale}'s language.
   *
   * @throws HandbookNotFound for an unknown agency or unit
   */
  public Handbook build(String agencyCode, @Nullable String unitCode, Locale locale) {
    Agency agency =
        (AgencyCode.isValid(agencyCode)
                ? organisation.agency(AgencyCode.of(agencyCode))
                : java.util.Optional.<Agency>empty())
            .orElseThrow(HandbookNotFound::new);
    List<Unit> units = organisation.units(agency.code());
    if (unitCode != null && !unitCode.isBlank()) {
      units = units.stream().filter(u -> u.code().equalsIgnoreCase(unitCode.strip())).toList();
      if (units.isEmpty()) {
        throw new HandbookNotFound();
      }
    }
    Map<Long, List<ServiceVersion>> byUnit = new LinkedHashMap<>();
    for (ServiceVersion v : published(agency.code())) {
      byUnit.computeIfAbsent(v.unitId(), id -> new ArrayList<>()).add(v);
    }
    List<Chapter> chapters = new ArrayList<>();
    for (Unit unit : units) {
      List<ServiceVersion> services = byUnit.getOrDefault(unit.id(), List.of());
      if (!services.isEmpty()) {
        chapters.add(chapter(agency, unit, services, locale));
      }
    }
    LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
    String subtitle =
        unitCode == null || unitCode.isBlank() ? null : units.get(0).name().in(locale);
    return new Handbook(
        agency.name().in(locale),
        text("handbook.title", locale),
        subtitle,
        today,
        text("handbook.generated", locale, today.toString()),
        text("handbook.contents", locale),
        chapters);
  }

  private List<ServiceVersion> published(AgencyCode agency) {
    List<ServiceVersion> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      ServicePage p =
          catalogue.published(
              new ServiceFilter(agency, null, null, null, page, ServiceFilter.MAX_PAGE_SIZE));
      all.addAll(p.items());
      if (page + 1 >= p.totalPages()) {
        return all;
      }
    }
  }

  private Chapter chapter(Agency agency, Unit unit, List<ServiceVersion> services, Locale locale) {
    String unitName = unit.name().in(locale);
    Contact contact = organisation.contactOf(agency.code(), unit.id());
    return new Chapter(
        unitName,
        services.stream()
            .sorted(Comparator.comparing(v -> v.content().name().in(locale), collator(locale)))
            .map(v -> service(agency, unitName, contact, v, locale))
            .toList());
  }

  /** Names in the order a reader of the language expects (zh-TW: by strokes). */
  private static java.text.Collator collator(Locale locale) {
    return java.text.Collator.getInstance(
        tw.civicdesk.platform.i18n.Languages.isEnglish(locale) ? Locale.ENGLISH : Locale.TAIWAN);
  }

  private Handbook.Service service(
      Agency agency, String unitName, Contact contact, ServiceVersion v, Locale locale) {
    ServiceContent c = v.content();
    List<Section> sections = new ArrayList<>();
    if (!c.summary().in(locale).isBlank()) {
      sections.add(section("catalogue.service.description", locale, c.summary().in(locale)));
    }
    List<String> steps = c.steps().stream().map(s -> s.text().in(locale)).toList();
    sections.add(
        new Section(
            text("catalogue.service.steps", locale),
            steps.isEmpty() ? List.of(text("catalogue.service.no-steps", locale)) : steps,
            !steps.isEmpty()));
    List<String> documents = c.documents().stream().map(d -> d.name().in(locale)).toList();
    sections.add(
        new Section(
            text("catalogue.service.documents", locale),
            documents.isEmpty()
                ? List.of(text("catalogue.service.no-documents", locale))
                : documents,
            false));
    sections.add(section("catalogue.service.fee", locale, fee(c.fee(), locale)));
    sections.add(section("catalogue.service.time-limit", locale, timeLimit(c, locale)));
    List<String> counter = new ArrayList<>();
    counter.add(unitName + "（" + agency.name().in(locale) + "）");
    counter.add(text("handbook.address", locale, contact.address().in(locale)));
    counter.add(text("handbook.phone", locale, contact.phone()));
    if (!contact.email().isBlank()) {
      counter.add(text("handbook.email", locale, contact.email()));
    }
    counter.add(text("handbook.hours", locale, contact.openingHours().in(locale)));
    sections.add(new Section(text("handbook.counter", locale), counter, false));
    if (!c.legalBasis().in(locale).isBlank()) {
      sections.add(section("catalogue.service.legal-basis", locale, c.legalBasis().in(locale)));
    }
    return new Handbook.Service(v.code().value(), c.name().in(locale), sections);
  }

  /** The fee as the service page says it: free, or the amount with its note. */
  String fee(ServiceContent.Fee fee, Locale locale) {
    String amount =
        fee.amount() == 0
            ? text("catalogue.fee.free", locale)
            : messages.getMessage("catalogue.fee.amount", new Object[] {fee.amount()}, locale);
    return fee.note() == null ? amount : amount + "（" + fee.note().in(locale) + "）";
  }

  /** The time limit as the service page says it. */
  String timeLimit(ServiceContent c, Locale locale) {
    if (!c.timeLimitPublished()) {
      return text("catalogue.limit.statutory", locale);
    }
    var limit = c.effectiveTimeLimit();
    return messages.getMessage(
        "catalogue.limit." + limit.unit().name(), new Object[] {limit.amount()}, locale);
  }

  private Section section(String key, Locale locale, String line) {
    return new Section(text(key, locale), List.of(line), false);
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  /** No such agency or unit. */
  public static final class HandbookNotFound extends NotFoundException {
    HandbookNotFound() {
      super("handbook.not-found");
    }
  }
}
