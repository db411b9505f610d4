// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.web.FormSupport;
import tw.civicdesk.surveys.Questionnaire;
import tw.civicdesk.surveys.SurveyBuilding;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * The builder's page ({@code surveys/build}), for a survey not stored yet and for a stored one: the
 * form with its options, whether it lacks an overall question, where to scroll after a button that
 * changed its shape, and for a stored survey its versions and the answers the current one holds (so
 * that the page says before saving that a new version will be made).
 */
@Component
class BuilderPage {

  static final String VIEW = "surveys/build";

  /** More rows than this in one list of the form are not bound (the rules allow 60 questions). */
  static final int ROWS = 128;

  private final Surveys surveys;
  private final SurveyBuilding building;
  private final ConsolePages pages;

  BuilderPage(Surveys surveys, SurveyBuilding building, ConsolePages pages) {
    this.surveys = surveys;
    this.building = building;
    this.pages = pages;
  }

  /**
   * Binds a builder form: a row past {@link #ROWS} or a malformed path is left out, never a 500.
   */
  static void limit(WebDataBinder binder) {
    binder.setAutoGrowCollectionLimit(ROWS);
    binder.setIgnoreInvalidFields(true);
  }

  /** The whole number of at least 1 in {@code raw}, or {@code null}. */
  static @Nullable Integer tooFewBelow(String raw) {
    try {
      int value = Integer.parseInt(raw.strip());
      return value >= 1 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Puts every problem beside its field. */
  static void reject(List<FieldProblem> problems, BindingResult result) {
    if (!problems.isEmpty()) {
      FormSupport.reject(new InvalidFields(problems), result);
    }
  }

  String creating(
      Model model,
      Agency agency,
      NewSurveyForm form,
      @Nullable String scroll,
      boolean unsaved,
      Locale locale) {
    common(model, form, scroll, unsaved, locale);
    model.addAttribute("agency", agency);
    model.addAttribute("creating", true);
    return VIEW;
  }

  String editing(
      Model model,
      StaffPrincipal staff,
      SurveyView survey,
      QuestionnaireForm form,
      @Nullable String scroll,
      boolean unsaved,
      Locale locale) {
    common(model, form, scroll, unsaved, locale);
    model.addAttribute("agency", pages.agency(staff, survey.agency().value()));
    model.addAttribute("creating", false);
    model.addAttribute("survey", survey);
    Map<Integer, Long> answers = building.answersByVersion(staff, survey.code());
    List<ConsolePages.VersionRow> versions = new ArrayList<>();
    surveys
        .versions(staff, survey.code())
        .forEach(
            (v, q) -> versions.add(new ConsolePages.VersionRow(v, q, answers.getOrDefault(v, 0L))));
    java.util.Collections.reverse(versions);
    model.addAttribute("versions", versions);
    model.addAttribute("currentAnswers", answers.getOrDefault(survey.version(), 0L));
    return VIEW;
  }

  /** Every question id the survey's versions have used. */
  List<String> earlierIds(StaffPrincipal staff, SurveyView survey) {
    return surveys.versions(staff, survey.code()).values().stream()
        .map(Questionnaire::questions)
        .flatMap(List::stream)
        .map(tw.civicdesk.surveys.Question::id)
        .distinct()
        .toList();
  }

  private void common(
      Model model,
      QuestionnaireForm form,
      @Nullable String scroll,
      boolean unsaved,
      Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("scroll", scroll);
    model.addAttribute("unsaved", unsaved);
    pages.builderOptions(model, form, locale);
  }
}
