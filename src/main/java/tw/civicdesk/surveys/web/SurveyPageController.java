// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.catalogue.ServiceCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.throttle.AnonymousLimit;
import tw.civicdesk.surveys.SurveyChannel;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyCommands;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.SurveySettings;
import tw.civicdesk.surveys.SurveyStatus;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * The public page of a counter or general survey, {@code /surveys/{code}}: its questions on one
 * page, answered anonymously through the online link, or through a QR poster when the link says
 * {@code ?via=qr} (with the counter's {@code unit} and the {@code service} the poster names, kept
 * only when they are the survey agency's own). Each answer is counted against the client address
 * ({@link SurveySettings#ANSWER_DOOR}; over the limit: the 429 page, nothing stored). A wrong
 * answer shows every error at once beside its question, the values kept; a right one goes to the
 * thank-you page (POST-redirect-GET, nothing in the address names the answer). A closed survey says
 * so; a draft, a staff or post-case survey, or an unknown code is "not found".
 */
@Controller
class SurveyPageController {

  static final String PAGE = "surveys/answer";
  static final String CLOSED = "surveys/answer-closed";
  static final String THANKS = "surveys/thanks";
  static final String VIA_QR = "qr";

  private final Surveys surveys;
  private final Organisation organisation;
  private final MessageSource messages;

  SurveyPageController(Surveys surveys, Organisation organisation, MessageSource messages) {
    this.surveys = surveys;
    this.organisation = organisation;
    this.messages = messages;
  }

  /** Where a poster or a link sent the citizen from: kept in hidden fields of the form. */
  record Origin(@Nullable String via, @Nullable Long unit, @Nullable String service) {

    static Origin of(@Nullable String via, @Nullable String unit, @Nullable String service) {
      Long unitId = null;
      if (unit != null && unit.strip().matches("\\d{1,18}")) {
        unitId = Long.valueOf(unit.strip());
      }
      return new Origin(
          VIA_QR.equalsIgnoreCase(via) ? VIA_QR : null,
          unitId,
          service != null && ServiceCode.isValid(service.strip()) ? service.strip() : null);
    }

    SurveyChannel channel() {
      return VIA_QR.equals(via) ? SurveyChannel.QR : SurveyChannel.ONLINE;
    }
  }

  @GetMapping("/surveys/{code}")
  String show(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String via,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @Nullable String service,
      Model model) {
    SurveyView survey = citizenSurvey(code);
    if (survey.status() != SurveyStatus.OPEN) {
      return closed(survey, model);
    }
    return page(survey, Origin.of(via, unit, service), Map.of(), Map.of(), model);
  }

  @PostMapping("/surveys/{code}")
  @AnonymousLimit(door = SurveySettings.ANSWER_DOOR)
  String answer(
      @PathVariable String code,
      @RequestParam(required = false) @Nullable String via,
      @RequestParam(required = false) @Nullable String unit,
      @RequestParam(required = false) @Nullable String service,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    SurveyView survey = citizenSurvey(code);
    Origin origin = Origin.of(via, unit, service);
    Map<String, List<String>> answers = SurveyForms.answers(request);
    try {
      surveys.answer(
          new SurveyCommands.Answer(
              survey.code(), origin.channel(), origin.unit(), origin.service(), answers));
    } catch (InvalidFields e) {
      return page(survey, origin, answers, SurveyForms.errors(e, messages, locale), model);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return closed(survey, model);
    }
    return "redirect:/surveys/" + survey.code().value() + "/thanks";
  }

  @GetMapping("/surveys/{code}/thanks")
  String thanks(@PathVariable String code, Model model) {
    SurveyView survey = citizenSurvey(code);
    model.addAttribute("survey", survey);
    agency(survey, model);
    return THANKS;
  }

  private String page(
      SurveyView survey,
      Origin origin,
      Map<String, List<String>> values,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("survey", survey);
    model.addAttribute("questionnaire", survey.questionnaire());
    model.addAttribute("origin", origin);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "summary",
        SurveyForms.summary(
            errors, survey.questionnaire(), messages, LocaleContextHolder.getLocale()));
    agency(survey, model);
    return PAGE;
  }

  private String closed(SurveyView survey, Model model) {
    model.addAttribute("survey", survey);
    agency(survey, model);
    return CLOSED;
  }

  private void agency(SurveyView survey, Model model) {
    organisation
        .agency(survey.agency())
        .ifPresent(
            a -> {
              model.addAttribute("agency", a);
              model.addAttribute("footerAgency", a);
            });
  }

  /** A counter or general survey that is open or closed; any other is "not found". */
  private SurveyView citizenSurvey(String raw) {
    SurveyCode code = SurveyCode.parse(raw);
    if (code == null) {
      throw new Surveys.SurveyNotFound();
    }
    return surveys
        .find(code)
        .filter(s -> s.status() != SurveyStatus.DRAFT)
        .filter(s -> s.purpose() == SurveyPurpose.COUNTER || s.purpose() == SurveyPurpose.GENERAL)
        .orElseThrow(Surveys.SurveyNotFound::new);
  }
}
