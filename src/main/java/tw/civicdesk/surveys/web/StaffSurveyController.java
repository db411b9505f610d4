// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.Surveys;
import tw.civicdesk.surveys.Surveys.StaffSurvey;

/**
 * The staff's own survey ({@code /console/staff-survey}): the open staff surveys of the signed-in
 * member's agency, and each one's form ({@code /console/staff-survey/{code}}), answered once per
 * account. The pages say what is kept: that the account has answered, apart from the answer, and
 * the answer with its date but no account, unit or time. A second answer is refused with {@code
 * surveys.staff-answered}; another agency's survey, or one not open, is "not found".
 */
@Controller
class StaffSurveyController {

  static final String LIST = "surveys/staff";
  static final String FORM = "surveys/staff-answer";

  private final Surveys surveys;
  private final MessageSource messages;

  StaffSurveyController(Surveys surveys, MessageSource messages) {
    this.surveys = surveys;
    this.messages = messages;
  }

  @GetMapping("/console/staff-survey")
  String list(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
    model.addAttribute("staffSurveys", surveys.staffSurveys(staff));
    return LIST;
  }

  @GetMapping("/console/staff-survey/{code}")
  String form(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    StaffSurvey survey = find(staff, code);
    return page(model, survey, Map.of(), Map.of(), survey.answered(), locale);
  }

  @PostMapping("/console/staff-survey/{code}")
  String answer(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      HttpServletRequest request,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffSurvey survey = find(staff, code);
    Map<String, List<String>> answers = SurveyForms.answers(request);
    try {
      surveys.answerAsStaff(staff, survey.survey().code(), answers);
    } catch (InvalidFields e) {
      response.setStatus(422);
      return page(model, survey, answers, SurveyForms.errors(e, messages, locale), false, locale);
    } catch (ConflictException e) {
      response.setStatus(409);
      return page(model, survey, Map.of(), Map.of(), true, locale);
    }
    redirect.addFlashAttribute("thanks", survey.survey().questionnaire().title());
    return "redirect:/console/staff-survey";
  }

  private String page(
      Model model,
      StaffSurvey survey,
      Map<String, List<String>> values,
      Map<String, String> errors,
      boolean answered,
      Locale locale) {
    model.addAttribute("survey", survey.survey());
    model.addAttribute("answered", answered);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "summary", ErrorSummary.of(errors, survey.survey().questionnaire(), messages, locale));
    return FORM;
  }

  /** The open staff survey {@code raw} of the viewer's agency; else "not found". */
  private StaffSurvey find(StaffPrincipal staff, String raw) {
    SurveyCode code = ConsolePages.code(raw);
    return surveys.staffSurveys(staff).stream()
        .filter(s -> s.survey().code().equals(code))
        .findFirst()
        .orElseThrow(Surveys.SurveyNotFound::new);
  }
}
