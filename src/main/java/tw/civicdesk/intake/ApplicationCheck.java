// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.Applicant.NotifyBy;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.catalogue.FormFieldCheck;
import tw.civicdesk.identity.NationalId;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.Languages;

/**
 * Checks an application's own values — the applicant, consent, the dates a phone call or letter was
 * received — and the service's form fields, collecting every problem before refusing, so the
 * applicant corrects everything at once. Field names are the form's paths ({@code applicant.email},
 * {@code fields[purpose]}, {@code consent}, {@code receivedOn}).
 */
final class ApplicationCheck {

  /** A Taiwanese mobile number (09 and eight digits, or +886 9…), spaces and hyphens allowed. */
  static final Pattern MOBILE = Pattern.compile("(?:0|\\+886[ -]?)9(?:[ -]?[0-9]){8}");

  /** How far back staff may record a call or a letter as received. */
  static final int MAX_DAYS_BACK = 60;

  /** An application that passed: the applicant, the checked form values, the received day. */
  record Checked(
      Applicant applicant,
      Map<String, String> fields,
      LocalDate receivedOn,
      @Nullable LocalDate postmarkedOn) {}

  private final List<FieldProblem> problems = new ArrayList<>();

  private ApplicationCheck() {}

  /**
   * @param pageLanguage the language to notify in when the applicant chose none
   * @throws InvalidFields with every problem found
   */
  static Checked check(
      Application app, List<FormField> formFields, LocalDate today, Locale pageLanguage) {
    ApplicationCheck check = new ApplicationCheck();
    Application.ApplicantForm form =
        app.applicant() == null
            ? new Application.ApplicantForm(null, null, null, null, null, null, null)
            : app.applicant();
    // In the order of the form: the service's questions, the applicant, consent.
    FormFieldCheck fields = FormFieldCheck.of(formFields, app.fields());
    fields
        .errors()
        .forEach(
            (name, p) ->
                check.problems.add(
                    new FieldProblem("fields[" + name + "]", p.messageKey(), p.args())));
    Applicant applicant = check.applicant(form, pageLanguage);
    if (!app.consent()) {
      check.problem("consent", "intake.consent.required");
    }
    LocalDate received = check.received(app.channel(), app.receivedOn(), app.postmarkedOn(), today);
    if (!check.problems.isEmpty()) {
      throw new InvalidFields(check.problems);
    }
    return new Checked(
        applicant,
        fields.normalized(),
        received,
        app.channel() == Channel.MAIL ? app.postmarkedOn() : null);
  }

  private @Nullable Applicant applicant(Application.ApplicantForm form, Locale pageLanguage) {
    String name = trim(form.name());
    if (name == null) {
      problem("applicant.name", "intake.applicant.name.required");
    } else if (name.length() > 100) {
      problem("applicant.name", "intake.applicant.too-long", 100);
    }
    NationalId id = null;
    String rawId = trim(form.nationalId());
    if (rawId != null) {
      if (NationalId.isValid(rawId)) {
        id = NationalId.parse(rawId);
      } else {
        problem("applicant.nationalId", "intake.applicant.national-id");
      }
    }
    String email = trim(form.email());
    if (email != null && !Applicant.isEmail(email)) {
      problem("applicant.email", "intake.applicant.email");
    }
    String phone = trim(form.phone());
    if (phone != null && !Applicant.isPhone(phone)) {
      problem("applicant.phone", "intake.applicant.phone");
    }
    String address = trim(form.address());
    if (address != null && address.length() > 200) {
      problem("applicant.address", "intake.applicant.too-long", 200);
    }
    Locale language = language(form.language(), pageLanguage);
    NotifyBy notifyBy = notifyBy(form.notifyBy(), email);
    if (notifyBy == null || !reachable(notifyBy, email, phone, address)) {
      return null;
    }
    return name == null || problemsExist()
        ? null
        : new Applicant(name, id, email, phone, address, language, notifyBy);
  }

  /**
   * The contact the chosen notice needs, and only that one: e-mail for {@link NotifyBy#EMAIL}, a
   * mobile number for {@link NotifyBy#SMS}, the address for {@link NotifyBy#POST}, none for {@link
   * NotifyBy#NONE}. The problem is put on the missing field with a message naming the channel
   * ({@code intake.applicant.contact-for-notice.EMAIL} …).
   */
  private boolean reachable(
      NotifyBy by, @Nullable String email, @Nullable String phone, @Nullable String address) {
    String field =
        switch (by) {
          case EMAIL -> email == null ? "applicant.email" : null;
          case SMS -> phone == null ? "applicant.phone" : null;
          case POST -> address == null ? "applicant.address" : null;
          case NONE -> null;
        };
    if (field != null) {
      problem(field, "intake.applicant.contact-for-notice." + by.name());
      return false;
    }
    if (by == NotifyBy.SMS && phone != null && !MOBILE.matcher(phone).matches()) {
      problem("applicant.phone", "intake.applicant.mobile");
      return false;
    }
    return true;
  }

  private @Nullable NotifyBy notifyBy(@Nullable String raw, @Nullable String email) {
    String value = trim(raw);
    if (value == null) {
      return email != null ? NotifyBy.EMAIL : NotifyBy.NONE;
    }
    try {
      return NotifyBy.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem("applicant.notifyBy", "intake.applicant.notify-by");
      return null;
    }
  }

  private Locale language(@Nullable String raw, Locale pageLanguage) {
    String value = trim(raw);
    if (value == null) {
      return Languages.normalise(pageLanguage);
    }
    Locale asked = Locale.forLanguageTag(value);
    boolean known =
        Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(asked.getLanguage()));
    if (!known) {
      problem("applicant.language", "intake.applicant.language");
    }
    return Languages.normalise(asked);
  }

  /**
   * Checks a petition's or report's own values as {@link #check} does an application's: the
   * applicant unless it is anonymous (then only the language is read), consent when anyone is
   * named, and the received day. Its category, texts and place are the petitions module's to check.
   *
   * @throws InvalidFields with every problem found
   */
  static CheckedPetition checkPetition(PetitionForm form, LocalDate today, Locale pageLanguage) {
    ApplicationCheck check = new ApplicationCheck();
    Application.ApplicantForm who =
        form.applicant() == null
            ? new Application.ApplicantForm(null, null, null, null, null, null, null)
            : form.applicant();
    Applicant applicant = null;
    Locale language = check.language(who.language(), pageLanguage);
    if (!form.anonymous()) {
      applicant = check.applicant(who, pageLanguage);
      if (!form.consent()) {
        check.problem("consent", "intake.consent.required");
      }
    }
    LocalDate received =
        check.received(form.channel(), form.receivedOn(), form.postmarkedOn(), today);
    if (!check.problems.isEmpty()) {
      throw new InvalidFields(check.problems);
    }
    return new CheckedPetition(
        applicant, language, received, form.channel() == Channel.MAIL ? form.postmarkedOn() : null);
  }

  /** A petition's own values that passed; {@code applicant} is {@code null} when anonymous. */
  record CheckedPetition(
      @Nullable Applicant applicant,
      Locale language,
      LocalDate receivedOn,
      @Nullable LocalDate postmarkedOn) {}

  private LocalDate received(
      @Nullable Channel channel,
      @Nullable LocalDate receivedOn,
      @Nullable LocalDate postmarkedOn,
      LocalDate today) {
    if (channel != Channel.PHONE && channel != Channel.MAIL) {
      return today;
    }
    LocalDate received = receivedOn;
    if (received == null) {
      problem("receivedOn", "intake.received.required");
    } else if (received.isAfter(today) || received.isBefore(today.minusDays(MAX_DAYS_BACK))) {
      problem("receivedOn", "intake.received.range", MAX_DAYS_BACK);
    }
    if (channel == Channel.MAIL) {
      LocalDate postmark = postmarkedOn;
      if (postmark == null) {
        problem("postmarkedOn", "intake.postmark.required");
      } else if (received != null && postmark.isAfter(received)) {
        problem("postmarkedOn", "intake.postmark.after-received");
      }
    }
    return received == null ? today : received;
  }

  private boolean problemsExist() {
    return !problems.isEmpty();
  }

  private void problem(String field, String key, Object... args) {
    problems.add(new FieldProblem(field, key, List.of(args)));
  }

  private static @Nullable String trim(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
