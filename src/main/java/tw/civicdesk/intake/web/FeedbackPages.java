// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.intake.Application;
import tw.civicdesk.intake.PetitionForm;
import tw.civicdesk.intake.PetitionIntake;
import tw.civicdesk.intake.Submitter;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.petitions.Category;
import tw.civicdesk.petitions.KindRule;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.petitions.PetitionSiteSettings;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.web.FormSupport;

/**
 * What the feedback pages share: the options of their questions (agencies, kinds, categories,
 * districts), the page's frame (kind and agency names, the back link, the map), and the check of
 * one page's answers by the rules filing applies ({@link PetitionIntake#check}), keeping only the
 * problems of that page's own fields.
 */
@Component
class FeedbackPages {

  /** The kinds a citizen may file on the site, in the order the start page offers them. */
  static final List<CaseKind> PUBLIC_KINDS =
      List.of(CaseKind.PETITION, CaseKind.MAILBOX, CaseKind.COMPLAINT, CaseKind.FACILITY_REPORT);

  /** Where a problem's field on a form of intake is on these pages. */
  private static final Map<String, String> FIELDS =
      Map.of(
          "place.address", "address",
          "place.lat", "lat",
          "place.lon", "lat",
          "place.district", "district",
          "place.village", "village",
          "applicant.address", "postalAddress",
          "address", "postalAddress");

  private final Organisation organisation;
  private final PetitionRules rules;
  private final PetitionIntake intake;
  private final FormSupport forms;
  private final MessageSource messages;
  private final PetitionSiteSettings settings;

  FeedbackPages(
      Organisation organisation,
      PetitionRules rules,
      PetitionIntake intake,
      FormSupport forms,
      MessageSource messages,
      PetitionSiteSettings settings) {
    this.organisation = organisation;
    this.rules = rules;
    this.intake = intake;
    this.forms = forms;
    this.messages = messages;
    this.settings = settings;
  }

  /** The map's tile server and credit, for the templates. */
  record MapSettings(String tiles, String attribution) {}

  /** Agencies that take at least one public kind, by code, with their names. */
  Map<String, String> agencies(Locale locale) {
    Map<String, String> options = new LinkedHashMap<>();
    for (Agency agency : organisation.agencies()) {
      if (rules.rules(agency.code()).stream().anyMatch(r -> PUBLIC_KINDS.contains(r.kind()))) {
        options.put(agency.code().value(), agency.name().in(locale));
      }
    }
    return options;
  }

  /** The start page's options. */
  void fillStart(Model model, Locale locale) {
    model.addAttribute("agencies", agencies(locale));
    Map<String, String> kinds = new LinkedHashMap<>();
    Map<String, String> hints = new LinkedHashMap<>();
    for (CaseKind kind : PUBLIC_KINDS) {
      kinds.put(kind.name(), message("feedback.kind." + kind.name(), locale));
      hints.put(kind.name(), message("feedback.kind." + kind.name() + ".hint", locale));
    }
    model.addAttribute("kinds", kinds);
    model.addAttribute("kindHints", hints);
  }

  /**
   * The frame of a question page: the kind's and agency's names, the back link, the options of the
   * page's question, and the map when on.
   */
  void fill(Model model, FeedbackForm form, FeedbackStep step, Locale locale) {
    CaseKind kind = kind(form);
    model.addAttribute("kindName", message("feedback.kind." + form.getKind(), locale));
    model.addAttribute("agencyName", agency(form).map(a -> a.name().in(locale)).orElse(""));
    model.addAttribute(
        "back", step.previous(form.getKind()).map(FeedbackStep::path).orElse("/feedback"));
    model.addAttribute("categories", categories(form, locale));
    model.addAttribute("placeRequired", kind == CaseKind.FACILITY_REPORT);
    model.addAttribute("districts", districts(form));
    model.addAttribute(
        "map",
        settings.mapsOn() && kind == CaseKind.FACILITY_REPORT
            ? new MapSettings(settings.mapTiles(), settings.mapAttribution())
            : null);
    model.addAttribute(
        "anonymousAllowed", rule(form).map(KindRule::anonymousAllowed).orElse(false));
    Map<String, String> identify = new LinkedHashMap<>();
    identify.put(FeedbackForm.NAMED, message("feedback.you.named", locale));
    identify.put(FeedbackForm.ANONYMOUS, message("feedback.you.anonymous", locale));
    model.addAttribute("identifyOptions", identify);
    model.addAttribute(
        "notifyOptions", forms.enumOptions(Applicant.NotifyBy.class, "intake.notify.", locale));
    Map<String, String> languages = new LinkedHashMap<>();
    languages.put("zh-TW", message("intake.language.zh-TW", locale));
    languages.put("en", message("intake.language.en", locale));
    model.addAttribute("languageOptions", languages);
  }

  /** The agency of the draft, if it names one that exists. */
  Optional<Agency> agency(FeedbackForm form) {
    return AgencyCode.isValid(form.getAgency())
        ? organisation.agency(AgencyCode.of(form.getAgency()))
        : Optional.empty();
  }

  /** The kind of the draft, {@code null} when it names none of the public kinds. */
  static @Nullable CaseKind kind(FeedbackForm form) {
    return PUBLIC_KINDS.stream()
        .filter(k -> k.name().equals(form.getKind()))
        .findFirst()
        .orElse(null);
  }

  /** The rules of the draft's kind at its agency, when it is open there. */
  Optional<KindRule> rule(FeedbackForm form) {
    CaseKind kind = kind(form);
    return kind == null ? Optional.empty() : agency(form).flatMap(a -> rules.rule(a.code(), kind));
  }

  /** The active categories of the draft's kind at its agency, by code, with their names. */
  Map<String, String> categories(FeedbackForm form, Locale locale) {
    Map<String, String> options = new LinkedHashMap<>();
    CaseKind kind = kind(form);
    if (kind != null) {
      agency(form)
          .ifPresent(
              a ->
                  rules
                      .categories(a.code(), kind)
                      .forEach(c -> options.put(c.code(), c.name().in(locale))));
    }
    return options;
  }

  /** The name of the draft's category, or its code when it is unknown. */
  String categoryName(FeedbackForm form, Locale locale) {
    return agency(form)
        .flatMap(a -> rules.category(a.code(), form.getCategory()))
        .map(Category::name)
        .map(n -> n.in(locale))
        .orElse(form.getCategory());
  }

  /** The districts of the agency's area, for the where-page's select; none means free text. */
  List<String> districts(FeedbackForm form) {
    return agency(form)
        .map(a -> rules.places(a.code()).stream().map(w -> w.district()).distinct().toList())
        .orElse(List.of());
  }

  /**
   * Checks the answers up to {@code step} as filing would and puts the problems of {@code step}'s
   * own fields on {@code result}. Before the page about the citizen, the case is checked as if
   * anonymous, so that a later page's answers are never asked for early.
   *
   * @return whether the page's answers passed
   */
  boolean check(FeedbackForm form, FeedbackStep step, BindingResult result, Locale locale) {
    Set<String> own = Set.of(step.fields());
    try {
      intake.check(
          petition(form, step != FeedbackStep.YOU && step != FeedbackStep.CHECK),
          Submitter.citizen(),
          locale);
    } catch (InvalidFields invalid) {
      invalid.problems().stream()
          .filter(p -> step == FeedbackStep.CHECK || own.contains(field(p.field())))
          .forEach(
              p ->
                  result.rejectValue(
                      field(p.field()), p.messageKey(), p.arguments().toArray(), null));
    } catch (DomainException e) {
      FormSupport.reject(e, result);
    }
    return !result.hasErrors();
  }

  /** The draft as intake takes it, anonymous when {@code asAnonymous} or when chosen so. */
  PetitionForm petition(FeedbackForm form, boolean asAnonymous) {
    boolean anonymous = asAnonymous || form.isAnonymous();
    return new PetitionForm(
        kind(form) == null ? CaseKind.PETITION : kind(form),
        form.getAgency(),
        form.getCategory(),
        Channel.ONLINE,
        form.getSubject(),
        form.getDescription(),
        new PetitionForm.PlaceForm(
            blankToNull(form.getAddress()),
            blankToNull(form.getDistrict()),
            blankToNull(form.getVillage()),
            form.latitude(),
            form.longitude(),
            form.isAtHome()),
        anonymous,
        new Application.ApplicantForm(
            form.getName(),
            null,
            form.getEmail(),
            form.getPhone(),
            form.getPostalAddress(),
            form.getLanguage(),
            form.getNotifyBy()),
        anonymous || form.isConsent(),
        null,
        null,
        Map.of());
  }

  /** The page's own name of a field intake names. */
  static String field(String intakeField) {
    String mapped = FIELDS.get(intakeField);
    if (mapped != null) {
      return mapped;
    }
    return intakeField.startsWith("applicant.") ? intakeField.substring(10) : intakeField;
  }

  private static @Nullable String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
