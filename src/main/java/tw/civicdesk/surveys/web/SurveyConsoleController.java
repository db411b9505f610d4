// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.surveys.Kiosks;
import tw.civicdesk.surveys.QuestionKind;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyCommands;
import tw.civicdesk.surveys.SurveyComments;
import tw.civicdesk.surveys.SurveyPurpose;
import tw.civicdesk.surveys.SurveyTemplates;
import tw.civicdesk.surveys.SurveyTemplates.SurveyTemplate;
import tw.civicdesk.surveys.SurveyView;
import tw.civicdesk.surveys.Surveys;
import tw.civicdesk.surveys.statistics.PeerComparison;
import tw.civicdesk.surveys.statistics.SurveyResults;

/**
 * The console's surveys: an agency's list ({@code GET /console/surveys}, any of its staff; a system
 * administrator chooses the agency with {@code ?agency=}), and a new survey from the template
 * library or blank ({@code /console/surveys/new}, the agency's quality officer or administrator;
 * anyone else "not found"). A new survey is edited on the builder's form until it is saved; only
 * then is it stored, as a draft.
 */
@Controller
class SurveyConsoleController {

  static final String LIST = "surveys/console";
  static final String TEMPLATES = "surveys/console-new";

  /** The template id of a survey started blank. */
  static final String BLANK = "blank";

  private final Surveys surveys;
  private final ConsolePages pages;
  private final BuilderPage builder;
  private final SurveyResults results;

  SurveyConsoleController(
      Surveys surveys, ConsolePages pages, BuilderPage builder, SurveyResults results) {
    this.surveys = surveys;
    this.pages = pages;
    this.builder = builder;
    this.results = results;
  }

  /**
   * A survey on the list, with the pages the viewer may open from it: each rule is that page's own
   * (results: {@link SurveyResults#mayRead}; comments: {@link SurveyComments#mayRead}; building:
   * {@link Surveys#mayBuild}; entry and posters: any staff member of the agency, for the purposes
   * that take them).
   */
  record Listed(
      SurveyView survey,
      boolean results,
      boolean entry,
      boolean build,
      boolean comments,
      boolean posters) {}

  @InitBinder("form")
  void limits(WebDataBinder binder) {
    BuilderPage.limit(binder);
  }

  @GetMapping("/console/surveys")
  String list(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      Model model) {
    Agency chosen = pages.agency(staff, agency);
    boolean own = chosen.code().equals(staff.agencyCode());
    boolean build = Surveys.mayBuild(staff, chosen.code());
    model.addAttribute("agency", chosen);
    model.addAttribute("agencies", pages.choices(staff));
    model.addAttribute(
        "surveys",
        surveys.of(staff, chosen.code()).stream().map(s -> listed(staff, s, build)).toList());
    model.addAttribute("mayBuild", build);
    model.addAttribute("mayCompare", PeerComparison.mayOpen(staff));
    model.addAttribute("mayManageKiosks", own && Kiosks.mayManage(staff));
    model.addAttribute("ownAgency", own);
    return LIST;
  }

  @GetMapping("/console/surveys/new")
  String start(
      @AuthenticationPrincipal StaffPrincipal staff,
      @RequestParam(required = false) @Nullable String agency,
      @RequestParam(required = false) @Nullable String template,
      Model model,
      Locale locale) {
    Agency chosen = pages.buildable(staff, agency);
    SurveyTemplate found = template == null ? null : SurveyTemplates.find(template).orElse(null);
    if (found == null && !BLANK.equals(template)) {
      model.addAttribute("agency", chosen);
      model.addAttribute("templates", SurveyTemplates.all());
      return TEMPLATES;
    }
    NewSurveyForm form = new NewSurveyForm();
    form.setAgency(chosen.code().value());
    if (found != null) {
      form.setTemplate(found.id());
      form.setPurpose(found.purpose().name());
      form.fill(found.questionnaire());
    } else {
      form.setTemplate(BLANK);
      form.setPurpose(SurveyPurpose.COUNTER.name());
      form.getQuestions().add(QuestionForm.blank("q1", QuestionKind.LIKERT5));
    }
    form.setCode(suggestedCode(chosen, found == null ? "SURVEY" : found.id()));
    form.ensureChoiceRows();
    return builder.creating(model, chosen, form, null, false, locale);
  }

  @PostMapping("/console/surveys/new")
  String create(
      @AuthenticationPrincipal StaffPrincipal staff,
      @ModelAttribute("form") NewSurveyForm form,
      BindingResult result,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      Locale locale,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Agency agency = pages.buildable(staff, form.getAgency());
    SurveyTemplates.find(form.getTemplate()).ifPresent(t -> form.setPurpose(t.purpose().name()));
    if (!action.equals("save")) {
      return builder.creating(model, agency, form, form.apply(action, List.of()), true, locale);
    }
    form.dropBlankRows();
    QuestionnaireReading.Read read = QuestionnaireReading.read(form);
    List<FieldProblem> problems = new ArrayList<>(read.problems());
    SurveyCode code = SurveyCode.parse(form.getCode());
    SurveyPurpose purpose = purpose(form.getPurpose());
    Integer tooFew = BuilderPage.tooFewBelow(form.getTooFewBelow());
    addUnless(problems, code != null, "code", "survey-builder.code.format");
    addUnless(problems, purpose != null, "purpose", "survey-builder.purpose.choose");
    addUnless(problems, tooFew != null, "tooFewBelow", "surveys.too-few-below");
    try {
      if (code != null
          && purpose != null
          && tooFew != null
          && problems.isEmpty()
          && !result.hasErrors()) {
        surveys.create(
            staff,
            new SurveyCommands.Create(agency.code(), code, purpose, tooFew, read.questionnaire()));
        redirect.addFlashAttribute("created", true);
        return "redirect:/console/surveys/" + code.value() + "/build";
      }
    } catch (InvalidFields e) {
      problems.addAll(e.problems());
    }
    BuilderPage.reject(problems, result);
    response.setStatus(422);
    form.ensureChoiceRows();
    return builder.creating(model, agency, form, null, true, locale);
  }

  private Listed listed(StaffPrincipal staff, SurveyView s, boolean build) {
    boolean citizens = s.purpose() != SurveyPurpose.STAFF;
    return new Listed(
        s,
        results.mayRead(staff, s),
        citizens && s.isOpen(),
        build,
        SurveyComments.mayRead(staff, s.agency(), s.purpose()),
        s.purpose() == SurveyPurpose.COUNTER || s.purpose() == SurveyPurpose.GENERAL);
  }

  private static void addUnless(
      List<FieldProblem> problems, boolean fine, String field, String key) {
    if (!fine) {
      problems.add(new FieldProblem(field, key, List.of()));
    }
  }

  private static @Nullable SurveyPurpose purpose(String raw) {
    for (SurveyPurpose p : SurveyPurpose.values()) {
      if (p.name().equals(raw)) {
        return p;
      }
    }
    return null;
  }

  /** {@code <AGENCY>-<TEMPLATE>}, numbered when taken, within the 40 characters of a code. */
  private String suggestedCode(Agency agency, String template) {
    String suffix = "-" + template.toUpperCase(Locale.ROOT);
    String prefix = agency.code().value();
    prefix = prefix.substring(0, Math.min(prefix.length(), 36 - suffix.length()));
    String code = prefix + suffix;
    for (int n = 2; surveys.find(new SurveyCode(code)).isPresent(); n++) {
      code = prefix + suffix + "-" + n;
    }
    return code;
  }
}
