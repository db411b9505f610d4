// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.casework.Applicant;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.intake.PetitionIntake;
import tw.civicdesk.intake.Submitter;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.petitions.KindRule;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.petitions.Route;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.web.FormSupport;

/**
 * Staff intake of petitions and their like in the console: a clerk or officer records a petition, a
 * letter to the head, a complaint, a facility report or a media item received by phone, at the
 * counter, by letter or by e-mail — first the kind (those open at their agency), then one page: the
 * category, subject and description, the place (address, district and village of the agency's
 * area), how and when it came (the day a call or letter was received, a letter's postmark), and the
 * petitioner, or nobody where the kind allows it. Filed through {@link PetitionIntake}; the receipt
 * is the console's receipt page.
 */
@Controller
class StaffPetitionIntakeController {

  static final String CHOOSE = "intake/console-petition-choose";
  static final String FORM = "intake/console-petition-form";

  /** The channels staff record these kinds from. */
  static final List<Channel> CHANNELS =
      List.of(Channel.PHONE, Channel.COUNTER, Channel.MAIL, Channel.EMAIL);

  private final PetitionIntake intake;
  private final PetitionRules rules;
  private final Organisation organisation;
  private final FormSupport forms;
  private final MessageSource messages;

  StaffPetitionIntakeController(
      PetitionIntake intake,
      PetitionRules rules,
      Organisation organisation,
      FormSupport forms,
      MessageSource messages) {
    this.intake = intake;
    this.rules = rules;
    this.organisation = organisation;
    this.forms = forms;
    this.messages = messages;
  }

  @GetMapping("/console/intake/petitions")
  String form(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String kind,
      Model model,
      Locale locale) {
    KindRule rule = open(staff, kind);
    if (rule == null) {
      model.addAttribute("kinds", rules.rules(staff.agencyCode()));
      model.addAttribute("unknown", kind != null);
      return CHOOSE;
    }
    StaffPetitionForm form = new StaffPetitionForm();
    form.setKind(rule.kind().name());
    form.setChannel(Channel.PHONE.name());
    form.setNotifyBy(Applicant.NotifyBy.EMAIL.name());
    form.setLanguage("en".equals(locale.getLanguage()) ? "en" : "zh-TW");
    return show(staff, rule, form, model, locale);
  }

  @PostMapping("/console/intake/petitions")
  String file(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") StaffPetitionForm form,
      BindingResult result,
      Model model,
      Locale locale) {
    KindRule rule = open(staff, form.getKind());
    if (rule == null) {
      return "redirect:/console/intake/petitions";
    }
    Channel channel = form.petitionChannel();
    if (channel == null) {
      result.rejectValue("channel", "intake.channel.not-offered");
      return show(staff, rule, form, model, locale);
    }
    try {
      FormSupport.requireBound(result);
      CaseNumber filed =
          intake.fileForm(
              "web:" + form.getToken(),
              form.toPetition(rule.kind(), staff.agencyCode(), channel),
              Submitter.staff(staff.getUsername(), staff.agencyCode()),
              locale);
      return "redirect:/console/cases/" + filed.value() + "/receipt";
    } catch (InvalidFields e) {
      e.problems()
          .forEach(
              p ->
                  result.rejectValue(
                      StaffPetitionForm.fieldOf(p.field()),
                      p.messageKey(),
                      p.arguments().toArray(),
                      null));
      return show(staff, rule, form, model, locale);
    } catch (DomainException e) {
      FormSupport.reject(e, result);
      return show(staff, rule, form, model, locale);
    }
  }

  /** The rule of {@code kind} when it is open at the staff member's agency. */
  private @Nullable KindRule open(StaffPrincipal staff, @Nullable String kind) {
    return rules.rules(staff.agencyCode()).stream()
        .filter(r -> r.kind().name().equals(kind))
        .findFirst()
        .orElse(null);
  }

  private String show(
      StaffPrincipal staff, KindRule rule, StaffPetitionForm form, Model model, Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("rule", rule);
    model.addAttribute("agency", organisation.agency(staff.agencyCode()).orElseThrow());
    Map<String, String> categories = new LinkedHashMap<>();
    categories.put("", messages.getMessage("intake.form.choose", null, locale));
    rules
        .categories(staff.agencyCode(), rule.kind())
        .forEach(c -> categories.put(c.code(), c.name().in(locale)));
    model.addAttribute("categoryOptions", categories);
    Map<String, String> areas = new LinkedHashMap<>();
    areas.put("", messages.getMessage("replies.intake.no-area", null, locale));
    for (Route.Where w : rules.places(staff.agencyCode())) {
      areas.put(
          w.district() + "|" + w.village(),
          w.village().isEmpty() ? w.district() : w.district() + " " + w.village());
    }
    model.addAttribute("areaOptions", areas);
    Map<String, String> channels = new LinkedHashMap<>();
    for (Channel c : CHANNELS) {
      channels.put(c.name(), messages.getMessage("catalogue.channel." + c.name(), null, locale));
    }
    model.addAttribute("channelOptions", channels);
    model.addAttribute(
        "notifyOptions", forms.enumOptions(Applicant.NotifyBy.class, "intake.notify.", locale));
    Map<String, String> languages = new LinkedHashMap<>();
    languages.put("zh-TW", messages.getMessage("intake.language.zh-TW", null, locale));
    languages.put("en", messages.getMessage("intake.language.en", null, locale));
    model.addAttribute("languageOptions", languages);
    model.addAttribute(
        "kindName", messages.getMessage("petitions.kind." + rule.kind(), null, locale));
    return FORM;
  }
}
