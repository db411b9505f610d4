// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.TooManyRequestsException;
import tw.civicdesk.platform.web.ReceiptHolderForm;
import tw.civicdesk.surveys.Answers;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * The post-case survey, {@code /surveys/case?number=…}: the link in the notice that a case is
 * decided (and on the tracking page) opens the post-case survey of the case's agency with the case
 * number filled in; the holder types the verification code from the receipt. The number and code go
 * by POST through case work's one throttled receipt check ({@link CaseWork#held}), as the rating of
 * a petition does: a wrong code is a field error counted against the address and the case, and too
 * many answer 429 with Retry-After. One answer per case: a second is refused ({@code
 * surveys.case-answered}), so is a case not decided yet ({@code surveys.case-not-decided}). Nothing
 * about the applicant is shown.
 */
@Controller
class PostCaseSurveyController {

  static final String PAGE = "surveys/case";
  static final String THANKS = "surveys/thanks";

  private final CaseWork cases;
  private final Surveys surveys;
  private final Organisation organisation;
  private final MessageSource messages;

  PostCaseSurveyController(
      CaseWork cases, Surveys surveys, Organisation organisation, MessageSource messages) {
    this.cases = cases;
    this.surveys = surveys;
    this.organisation = organisation;
    this.messages = messages;
  }

  @GetMapping("/surveys/case")
  String start(@RequestParam(required = false) @Nullable String number, Model model) {
    ReceiptHolderForm form = new ReceiptHolderForm();
    form.setNumber(number);
    return page(form, Map.of(), Map.of(), model);
  }

  @PostMapping("/surveys/case")
  String answer(
      @ModelAttribute("form") ReceiptHolderForm form,
      BindingResult result,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    Map<String, List<String>> answers = SurveyForms.answers(request);
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError e : result.getFieldErrors()) {
      errors.putIfAbsent(e.getField(), messages.getMessage(e, locale));
    }
    try {
      Optional<CaseWork.HeldReceipt> held =
          result.hasErrors()
              ? Optional.empty()
              : cases.held(form.getNumber(), form.getCode(), request.getRemoteAddr());
      if (held.isEmpty()) {
        errors.putIfAbsent("code", messages.getMessage("tracking.not-found", null, locale));
        survey(form.getNumber()).ifPresent(s -> errors.putAll(problems(s, answers, locale)));
        return page(form, answers, errors, model);
      }
      surveys.answerAfterCase(held.get(), answers);
      return "redirect:/surveys/case/thanks";
    } catch (TooManyRequestsException e) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
      model.addAttribute(
          "tooMany", messages.getMessage(e.messageKey(), e.messageArguments(), locale));
      return page(form, answers, Map.of(), model);
    } catch (InvalidFields e) {
      errors.putAll(SurveyForms.errors(e, messages, locale));
      return page(form, answers, errors, model);
    } catch (ConflictException | Surveys.SurveyNotFound e) {
      return refused(e, form, response, model, locale);
    }
  }

  /**
   * A case that may not answer: answered already or not decided yet (409), or its agency asks
   * nothing after a case now (404). The page says why, without the form.
   */
  private String refused(
      DomainException e,
      ReceiptHolderForm form,
      HttpServletResponse response,
      Model model,
      Locale locale) {
    boolean conflict = e instanceof ConflictException;
    response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.NOT_FOUND.value());
    model.addAttribute(
        "refused",
        messages.getMessage(
            conflict ? e.messageKey() : "survey-pages.case.no-survey",
            e.messageArguments(),
            locale));
    return page(form, Map.of(), Map.of(), model);
  }

  @GetMapping("/surveys/case/thanks")
  String thanks() {
    return THANKS;
  }

  private String page(
      ReceiptHolderForm form,
      Map<String, List<String>> values,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("form", form);
    Optional<SurveyView> survey = survey(form.getNumber());
    model.addAttribute("survey", survey.orElse(null));
    model.addAttribute("questionnaire", survey.map(SurveyView::questionnaire).orElse(null));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "summary",
        survey
            .map(
                s ->
                    SurveyForms.summary(
                        errors, s.questionnaire(), messages, LocaleContextHolder.getLocale()))
            .orElseGet(() -> numberOnly(errors)));
    survey
        .flatMap(s -> organisation.agency(s.agency()))
        .ifPresent(
            a -> {
              model.addAttribute("agency", a);
              model.addAttribute("footerAgency", a);
            });
    return PAGE;
  }

  /** Without a survey the page asks only the number: every error then points at it. */
  private static Map<String, String> numberOnly(Map<String, String> errors) {
    Map<String, String> summary = new LinkedHashMap<>();
    errors.values().forEach(message -> summary.putIfAbsent("number", message));
    return summary;
  }

  /**
   * The open post-case survey of the agency a case number names (its first part): known from the
   * number alone, without looking the case up, so that it says nothing about whether the case
   * exists.
   */
  private Optional<SurveyView> survey(@Nullable String number) {
    return CaseNumber.parse(number)
        .flatMap(n -> surveys.postCaseSurvey(n.agency()))
        .flatMap(surveys::find);
  }

  /** The answers' problems, shown with a wrong code so that every error is told at once. */
  private Map<String, String> problems(
      SurveyView survey, Map<String, List<String>> answers, Locale locale) {
    try {
      Answers.check(survey.questionnaire(), answers);
      return Map.of();
    } catch (InvalidFields e) {
      return SurveyForms.errors(e, messages, locale);
    }
  }
}
