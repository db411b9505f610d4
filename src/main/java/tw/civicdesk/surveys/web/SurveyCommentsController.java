// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.surveys.CommentFilter;
import tw.civicdesk.surveys.CommentPage;
import tw.civicdesk.surveys.SurveyCode;
import tw.civicdesk.surveys.SurveyComments;
import tw.civicdesk.surveys.Surveys;

/**
 * The free-text answers of a survey ({@code GET /console/surveys/{code}/comments}): searched,
 * filtered by tag and days, newest first, {@value SurveyComments#PAGE_SIZE} a page; the quality
 * officer tags them with plain forms ({@code POST …/comments/tags} and {@code …/tags/remove}) and
 * comes back to the same filters and page. Who reads and who tags: {@link SurveyComments}; anyone
 * else finds no such survey (404).
 */
@Controller
class SurveyCommentsController {

  static final String VIEW = "surveys/comments";

  private final SurveyComments comments;

  SurveyCommentsController(SurveyComments comments) {
    this.comments = comments;
  }

  @GetMapping("/console/surveys/{code}/comments")
  String show(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") CommentsForm form,
      BindingResult result,
      Model model,
      HttpServletResponse response) {
    SurveyCode survey = code(code);
    Optional<CommentFilter> filter = form.filter(result);
    if (filter.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    return page(staff, survey, form, filter.orElse(CommentFilter.ALL), model);
  }

  @PostMapping("/console/surveys/{code}/comments/tags")
  String tag(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") CommentsForm form,
      BindingResult result,
      @RequestParam(required = false) @Nullable Long responseId,
      @RequestParam(required = false) @Nullable String questionId,
      @RequestParam(required = false) @Nullable String label,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    SurveyCode survey = code(code);
    try {
      comments.tag(staff, survey, id(responseId), question(questionId), label);
    } catch (InvalidFields e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute(
          "tagError",
          new TagError(id(responseId), question(questionId), label, e.problems().get(0)));
      return page(staff, survey, form, form.filter(result).orElse(CommentFilter.ALL), model);
    }
    redirect.addFlashAttribute("done", "tagged");
    return "redirect:" + form.url(survey) + anchor(responseId, questionId);
  }

  @PostMapping("/console/surveys/{code}/comments/tags/remove")
  String untag(
      @AuthenticationPrincipal StaffPrincipal staff,
      @PathVariable String code,
      @ModelAttribute("form") CommentsForm form,
      BindingResult result,
      @RequestParam(required = false) @Nullable Long responseId,
      @RequestParam(required = false) @Nullable String questionId,
      @RequestParam(required = false) @Nullable String label,
      RedirectAttributes redirect) {
    SurveyCode survey = code(code);
    comments.untag(staff, survey, id(responseId), question(questionId), label);
    redirect.addFlashAttribute("done", "untagged");
    return "redirect:" + form.url(survey) + anchor(responseId, questionId);
  }

  private String page(
      StaffPrincipal staff, SurveyCode code, CommentsForm form, CommentFilter filter, Model model) {
    CommentPage page = comments.list(staff, code, filter);
    model.addAttribute("page", page);
    model.addAttribute("mayTag", SurveyComments.mayTag(staff, page.agency()));
    model.addAttribute("tagMax", SurveyComments.TAG_MAX);
    model.addAttribute("previousUrl", page.hasPrevious() ? form.url(code, page.page() - 1) : null);
    model.addAttribute("nextUrl", page.hasNext() ? form.url(code, page.page() + 1) : null);
    return VIEW;
  }

  /** The error of the tag form of one answer, shown next to that form. */
  record TagError(
      long responseId,
      String questionId,
      @Nullable String label,
      InvalidFields.FieldProblem problem) {

    /** Whether this is the error of the answer's form. */
    public boolean of(long response, String question) {
      return responseId == response && questionId.equals(question);
    }
  }

  private static String anchor(@Nullable Long responseId, @Nullable String questionId) {
    return "#comment-" + responseId + "-" + questionId;
  }

  private static SurveyCode code(String raw) {
    SurveyCode code = SurveyCode.parse(raw);
    if (code == null) {
      throw new Surveys.SurveyNotFound();
    }
    return code;
  }

  private static long id(@Nullable Long responseId) {
    if (responseId == null) {
      throw new Surveys.SurveyNotFound();
    }
    return responseId;
  }

  private static String question(@Nullable String questionId) {
    if (questionId == null || questionId.isBlank()) {
      throw new Surveys.SurveyNotFound();
    }
    return questionId;
  }
}
