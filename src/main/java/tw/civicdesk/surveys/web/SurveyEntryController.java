// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.surveys.Answers;
import tw.civicdesk.surveys.SurveyChannel;
import tw.civicdesk.surveys.SurveyCommands;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;

/**
 * Staff entering the answers of paper forms and outbound calls ({@code
 * /console/surveys/{code}/entry}, any staff member of the survey's agency; a staff survey or
 * another agency's is "not found"): the channel (paper or phone), optionally the counter (unit) and
 * the service the form names, and the questions. "Save and enter the next" brings the form back
 * blank — the channel, unit and service kept — with the count entered in this run.
 */
@Controller
class SurveyEntryController {

  static final String VIEW = "surveys/entry";

  private final Surveys surveys;
  private final EntryOptions options;
  private final MessageSource messages;

  SurveyEntryController(Surveys surveys, EntryOptions options, MessageSource messages) {
    this.surveys = surveys;
    this.options = options;
    this.messages = messages;
  }

  @GetMapping("/console/surveys/{code}/entry")
  String form(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      Model model,
      Locale locale) {
    SurveyView survey = enterable(staff, code);
    EntryForm form = new EntryForm();
    if (model.getAttribute("kept") instanceof EntryForm kept) {
      form = kept;
    }
    return page(model, survey, form, Map.of(), Map.of(), locale);
  }

  @PostMapping("/console/surveys/{code}/entry")
  String enter(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @RequestParam(defaultValue = "") String channel,
      @RequestParam(defaultValue = "") String unit,
      @RequestParam(defaultValue = "") String service,
      @RequestParam(defaultValue = "0") String entered,
      @RequestParam(defaultValue = "save") String action,
      HttpServletRequest request,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    SurveyView survey = enterable(staff, code);
    EntryForm form = new EntryForm(channel, unit, service, EntryForm.count(entered));
    Map<String, List<String>> answers = SurveyForms.answers(request);
    List<FieldProblem> problems = new ArrayList<>();
    SurveyChannel chosen = form.channelValue();
    try {
      if (chosen == null) {
        problems.add(
            new FieldProblem("channel", "survey-builder.entry.channel-required", List.of()));
        Answers.check(survey.questionnaire(), answers);
      } else {
        surveys.enter(
            staff,
            new SurveyCommands.Enter(
                survey.code(), chosen, form.unitId(), form.serviceCode(), answers));
        if (action.equals("next")) {
          redirect.addFlashAttribute("kept", form.oneMore());
          return "redirect:/console/surveys/" + survey.code().value() + "/entry";
        }
        redirect.addFlashAttribute("enteredCount", form.oneMore().entered());
        redirect.addFlashAttribute("enteredTitle", survey.questionnaire().title());
        return "redirect:/console/surveys?agency=" + survey.agency().value();
      }
    } catch (InvalidFields e) {
      problems.addAll(e.problems());
    } catch (ConflictException e) {
      response.setStatus(409);
      model.addAttribute("conflict", e.messageKey());
      return page(model, survey, form, answers, Map.of(), locale);
    }
    response.setStatus(422);
    return page(
        model, survey, form, answers, SurveyForms.errors(problems, messages, locale), locale);
  }

  private String page(
      Model model,
      SurveyView survey,
      EntryForm form,
      Map<String, List<String>> values,
      Map<String, String> errors,
      Locale locale) {
    model.addAttribute("survey", survey);
    model.addAttribute("entry", form);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "summary", ErrorSummary.of(errors, survey.questionnaire(), messages, locale));
    model.addAttribute("channels", List.copyOf(SurveyChannel.ENTERED));
    options.addTo(model, survey.agency(), locale);
    return VIEW;
  }

  /** A survey of the viewer's reach that staff enter answers for; else "not found". */
  private SurveyView enterable(StaffPrincipal staff, String code) {
    SurveyView survey = surveys.forStaff(staff, ConsolePages.code(code));
    if (survey.purpose() == SurveyPurpose.STAFF) {
      throw new Surveys.SurveyNotFound();
    }
    return survey;
  }
}
