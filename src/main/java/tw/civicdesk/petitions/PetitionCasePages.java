// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.casework.CaseKindPages;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * What the console's case page and list show of a petition or report ({@link CaseKindPages}): its
 * kind and category by name, what was written and the place under their own labels (a home's
 * address without its number until personal data is shown), the reply's ground, the rating, likely
 * duplicates, and the links to this module's pages: the reply form, recording a rating, deciding a
 * reopen request.
 */
@Component
class PetitionCasePages implements CaseKindPages {

  private final Petitions petitions;
  private final PetitionDuplicates duplicates;
  private final PetitionRatings ratings;
  private final PetitionReplies replies;
  private final CaseWork cases;
  private final MessageSource messages;

  PetitionCasePages(
      Petitions petitions,
      PetitionDuplicates duplicates,
      PetitionRatings ratings,
      PetitionReplies replies,
      CaseWork cases,
      MessageSource messages) {
    this.petitions = petitions;
    this.duplicates = duplicates;
    this.ratings = ratings;
    this.replies = replies;
    this.cases = cases;
    this.messages = messages;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Particulars> particulars(
      CaseNumber number,
      Map<String, String> fields,
      boolean revealed,
      StaffPrincipal viewer,
      Locale locale) {
    return petitions
        .view(number)
        .map(
            p ->
                new Particulars(
                    petitions.title(p).in(locale),
                    lines(p, fields, revealed, locale),
                    flags(number, locale),
                    links(p, viewer, locale),
                    "/console/petitions/" + number.value() + "/reply"));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<CaseNumber, Row> rows(Collection<CaseNumber> numbers, Locale locale) {
    Set<CaseNumber> flagged = duplicates.flagged(numbers);
    Map<AgencyCode, Set<CaseNumber>> byAgency =
        numbers.stream().collect(Collectors.groupingBy(CaseNumber::agency, Collectors.toSet()));
    Map<CaseNumber, Row> rows = new HashMap<>();
    byAgency.forEach(
        (agency, asked) ->
            petitions
                .find(
                    new PetitionQuery(
                        agency,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        asked,
                        null,
                        null,
                        null,
                        false,
                        Math.min(PetitionQuery.MAX_LIMIT, asked.size())))
                .forEach(
                    p ->
                        rows.put(
                            p.number(),
                            new Row(petitions.title(p).in(locale), flagged.contains(p.number())))));
    return rows;
  }

  private List<Line> lines(
      PetitionView p, Map<String, String> fields, boolean revealed, Locale locale) {
    List<Line> lines = new ArrayList<>();
    line(lines, "replies.line.subject", fields.get("subject"), locale);
    line(lines, "replies.line.description", fields.get("description"), locale);
    String address = revealed || !p.place().atHome() ? fields.get("place.address") : null;
    line(lines, "replies.line.address", address != null ? address : p.place().address(), locale);
    String area =
        String.join(
            " ",
            List.of(
                    fields.getOrDefault("place.district", ""),
                    fields.getOrDefault("place.village", ""))
                .stream()
                .filter(s -> !s.isBlank())
                .toList());
    line(lines, "replies.line.area", area, locale);
    if (p.place().located()) {
      line(
          lines,
          "replies.line.coordinates",
          (revealed ? fields.get("place.lat") + ", " + fields.get("place.lon") : coordinates(p)),
          locale);
    }
    if (p.place().atHome()) {
      line(lines, "replies.line.at-home", text("replies.yes", locale), locale);
    }
    more(lines, p, fields, locale);
    ratings.find(p.number()).ifPresent(r -> rating(lines, r, locale));
    return lines;
  }

  /** Attributes, the language, anonymity and a closure's ground. */
  private void more(List<Line> lines, PetitionView p, Map<String, String> fields, Locale locale) {
    fields.forEach(
        (key, value) -> {
          if (key.startsWith("attribute.")) {
            lines.add(new Line(text("replies.line.attribute", locale, key.substring(10)), value));
          }
        });
    line(lines, "replies.line.language", text("intake.language." + languageTag(p), locale), locale);
    if (p.anonymous()) {
      line(lines, "replies.line.anonymous", text("replies.yes", locale), locale);
    }
    replies
        .stored(p.number())
        .filter(r -> r.ground() != null)
        .ifPresent(
            r ->
                line(
                    lines,
                    "replies.line.ground",
                    text("replies.ground." + r.ground(), locale),
                    locale));
  }

  private void rating(List<Line> lines, PetitionRatings.Rating r, Locale locale) {
    String value =
        text(
            "replies.line.rating-value",
            locale,
            r.score(),
            text("catalogue.channel." + r.channel().name(), locale));
    line(
        lines,
        "replies.line.rating",
        r.comment().isBlank() ? value : value + "\n" + r.comment(),
        locale);
    if (r.reopenRequested()) {
      String state =
          r.decision() == null
              ? text("replies.reopen.state.waiting", locale)
              : text("replies.reopen.state." + r.decision().name(), locale)
                  + (r.reopenReason() == null || r.reopenReason().isBlank()
                      ? ""
                      : "\n" + r.reopenReason());
      line(lines, "replies.line.reopen", state, locale);
    }
  }

  private List<Flag> flags(CaseNumber number, Locale locale) {
    return duplicates.of(number).stream()
        .map(
            d ->
                new Flag(
                    text("replies.flag." + d.reason().name(), locale, d.distance()), d.other()))
        .toList();
  }

  private List<Link> links(PetitionView p, StaffPrincipal viewer, Locale locale) {
    List<Link> links = new ArrayList<>();
    String base = "/console/petitions/" + p.number().value();
    if (ratings.ratable(p.number())) {
      links.add(new Link(text("replies.link.rating", locale), base + "/rating"));
    }
    Optional<PetitionRatings.Rating> rating = ratings.find(p.number());
    if (rating.filter(PetitionRatings.Rating::awaitingDecision).isPresent()
        && PetitionReopening.decides(viewer, cases.summary(p.number(), viewer))) {
      links.add(new Link(text("replies.link.reopen", locale), base + "/reopen"));
    }
    rating
        .map(PetitionRatings.Rating::reopenedAs)
        .ifPresent(
            n ->
                links.add(
                    new Link(
                        text("replies.link.reopened-as", locale, n.grouped()),
                        "/console/cases/" + n.value())));
    ratings
        .reopenedFrom(p.number())
        .ifPresent(
            n ->
                links.add(
                    new Link(
                        text("replies.link.reopened-from", locale, n.grouped()),
                        "/console/cases/" + n.value())));
    return links;
  }

  private static String coordinates(PetitionView p) {
    return p.place().lat() + ", " + p.place().lon();
  }

  private static String languageTag(PetitionView p) {
    return tw.civicdesk.platform.i18n.Languages.tag(p.language());
  }

  private void line(
      List<Line> lines,
      String key,
      @org.jspecify.annotations.Nullable String value,
      Locale locale) {
    if (value != null && !value.isBlank()) {
      lines.add(new Line(text(key, locale), value));
    }
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
