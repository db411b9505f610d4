// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.surveys.SurveyStatus;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * The builder of a stored survey ({@code /console/surveys/{code}/build}), for the quality officer
 * or administrator of its agency; anyone else gets "not found". Saving calls {@link Surveys#revise}
 * (a new version once the current one has answers, which the page says beforehand); opening and
 * closing ({@code …/status}) and the "too few answers" threshold ({@code …/threshold}) are forms of
 * their own that change nothing else.
 */
@Controller
class SurveyBuilderController {

  private final Surveys surveys;
  private final BuilderPage builder;

  SurveyBuilderController(Surveys surveys, BuilderPage builder) {
    this.surveys = surveys;
    this.builder = builder;
  }

  @InitBinder("form")
  void limits(WebDataBinder binder) {
    BuilderPage.limit(binder);
  }

  @GetMapping("/console/surveys/{code}/build")
  String show(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    SurveyView survey = buildable(staff, code);
    QuestionnaireForm form = new QuestionnaireForm();
    form.fill(survey.questionnaire());
    form.ensureChoiceRows();
    return builder.editing(model, staff, survey, form, null, false, locale);
  }

  @PostMapping("/console/surveys/{code}/build")
  String save(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") QuestionnaireForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    SurveyView survey = buildable(staff, code);
    if (!action.equals("save")) {
      String scroll = form.apply(action, builder.earlierIds(staff, survey));
      return builder.editing(model, staff, survey, form, scroll, true, locale);
    }
    form.dropBlankRows();
    QuestionnaireReading.Read read = QuestionnaireReading.read(form);
    List<FieldProblem> problems = new ArrayList<>(read.problems());
    try {
      if (problems.isEmpty() && !result.hasErrors()) {
        SurveyView saved = surveys.revise(staff, survey.code(), read.questionnaire());
        redirect.addFlashAttribute("saved", saved.version());
        return "redirect:/console/surveys/" + saved.code().value() + "/build";
      }
    } catch (InvalidFields e) {
      problems.addAll(e.problems());
    }
    BuilderPage.reject(problems, result);
    response.setStatus(422);
    form.ensureChoiceRows();
    return builder.editing(model, staff, survey, form, null, true, locale);
  }

  @PostMapping("/console/surveys/{code}/status")
  String status(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam(defaultValue = "") String to,
      RedirectAttributes redirect) {
    SurveyView survey = buildable(staff, code);
    try {
      if (to.equals(SurveyStatus.OPEN.name())) {
        surveys.open(staff, survey.code());
      } else if (to.equals(SurveyStatus.CLOSED.name())) {
        surveys.close(staff, survey.code());
      }
      redirect.addFlashAttribute("statusChanged", to);
    } catch (ConflictException e) {
      redirect.addFlashAttribute("statusError", e.messageKey());
      redirect.addFlashAttribute("statusErrorArguments", e.messageArguments());
    }
    return "redirect:/console/surveys/" + survey.code().value() + "/build";
  }

  @PostMapping("/console/surveys/{code}/threshold")
  String threshold(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam(defaultValue = "") String tooFewBelow,
      RedirectAttributes redirect) {
    SurveyView survey = buildable(staff, code);
    Integer value = BuilderPage.tooFewBelow(tooFewBelow);
    if (value == null) {
      redirect.addFlashAttribute("thresholdError", tooFewBelow);
    } else {
      surveys.setTooFewBelow(staff, survey.code(), value);
      redirect.addFlashAttribute("thresholdSaved", value);
    }
    return "redirect:/console/surveys/" + survey.code().value() + "/build#threshold";
  }

  /** The survey if {@code staff} may build it; "not found" otherwise. */
  private SurveyView buildable(StaffPrincipal staff, String code) {
    SurveyView survey = surveys.forStaff(staff, ConsolePages.code(code));
    if (!Surveys.mayBuild(staff, survey.agency())) {
      throw new Surveys.SurveyNotFound();
    }
    return survey;
  }
}
