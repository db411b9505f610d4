// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.input.TextCheck;
import tw.civicdesk.platform.input.TextKind;

/**
 * The free-text answers of a survey (意見回饋), listed, searched and tagged (ADR 0047).
 *
 * <p>Who: the quality officer, the head and the administrator of the survey's own agency read them,
 * and a system administrator those of a citizen survey ({@link #mayRead}); only the agency's
 * quality officer tags them. Anyone else — another agency's staff, a supervising agency included,
 * or a colleague in another role — finds no such survey ({@link Surveys.SurveyNotFound}), so that
 * the free text of an agency stays in it. A listed answer never carries its case number.
 *
 * <p>Tags: 1 to {@value #TAG_MAX} characters on one line ({@link TextCheck}, {@link
 * TextKind#LINE}), at most {@value #TAGS_PER_ANSWER} on one answer; else {@link InvalidFields}
 * naming {@code tag}.
 */
@Service
public class SurveyComments {

  /** Answers a page. */
  public static final int PAGE_SIZE = 20;

  /** The longest tag, in characters. */
  public static final int TAG_MAX = 20;

  /** The most tags one answer carries. */
  public static final int TAGS_PER_ANSWER = 10;

  private final SurveyStore surveys;
  private final CommentStore comments;
  private final Clock clock;

  SurveyComments(SurveyStore surveys, CommentStore comments, Clock clock) {
    this.surveys = surveys;
    this.comments = comments;
    this.clock = clock;
  }

  /**
   * Whether {@code staff} reads the free-text answers of a survey of {@code agency} for {@code
   * purpose}: the agency's quality officer, head or administrator; a system administrator too,
   * except a staff survey's (as its results, the staff's own words stay in the agency).
   */
  public static boolean mayRead(StaffPrincipal staff, AgencyCode agency, SurveyPurpose purpose) {
    boolean ownAgency =
        staff.agencyCode().equals(agency)
            && (staff.has(Role.QUALITY_OFFICER)
                || staff.has(Role.AGENCY_HEAD)
                || staff.has(Role.AGENCY_ADMIN));
    return ownAgency || (purpose != SurveyPurpose.STAFF && staff.has(Role.SYSTEM_ADMIN));
  }

  /** Whether {@code staff} tags the free-text answers of {@code agency}'s surveys. */
  public static boolean mayTag(StaffPrincipal staff, AgencyCode agency) {
    return staff.has(Role.QUALITY_OFFICER) && staff.agencyCode().equals(agency);
  }

  /**
   * The page {@code filter} asks for of survey {@code code}'s free-text answers, newest first (a
   * page past the last gives the last).
   *
   * @throws Surveys.SurveyNotFound when there is no such survey or {@code viewer} may not read it
   */
  @Transactional(readOnly = true)
  public CommentPage list(StaffPrincipal viewer, SurveyCode code, CommentFilter filter) {
    SurveyStore.Row survey = readable(viewer, code);
    long total = comments.count(survey.id(), filter);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(filter.page(), pages);
    Map<Integer, Questionnaire> versions = surveys.versions(survey.id());
    List<SurveyComment> list =
        comments.page(survey.id(), filter, PAGE_SIZE, (page - 1) * PAGE_SIZE).stream()
            .map(r -> comment(r, versions))
            .toList();
    return new CommentPage(
        survey.code(),
        survey.agency(),
        versions.get(survey.version()).title(),
        list,
        page,
        pages,
        total,
        comments.tags(survey.id()));
  }

  /**
   * Puts {@code tag} on the free-text answer to {@code questionId} of response {@code responseId};
   * a tag it already carries changes nothing.
   *
   * @throws Surveys.SurveyNotFound when there is no such survey or answer, or {@code staff} may not
   *     tag it
   * @throws InvalidFields when the tag is blank, too long, not one line, or one too many
   */
  @Transactional
  public void tag(
      StaffPrincipal staff,
      SurveyCode code,
      long responseId,
      String questionId,
      @Nullable String tag) {
    taggable(staff, code, responseId, questionId);
    String clean = tag == null ? "" : tag.strip();
    if (clean.isEmpty() || !TextCheck.accepts(clean, TextKind.LINE, TAG_MAX)) {
      throw new InvalidFields(
          List.of(new FieldProblem("tag", "survey-peers.comments.tag-invalid", List.of(TAG_MAX))));
    }
    if (comments.tagCount(responseId, questionId) >= TAGS_PER_ANSWER) {
      throw new InvalidFields(
          List.of(
              new FieldProblem(
                  "tag", "survey-peers.comments.tag-too-many", List.of(TAGS_PER_ANSWER))));
    }
    comments.tag(responseId, questionId, clean, staff.getUsername(), clock.instant());
  }

  /**
   * Takes {@code tag} off the free-text answer; false when it did not carry it (a colleague took it
   * off first), which changes nothing.
   *
   * @throws Surveys.SurveyNotFound as {@link #tag}
   */
  @Transactional
  public boolean untag(
      StaffPrincipal staff,
      SurveyCode code,
      long responseId,
      String questionId,
      @Nullable String tag) {
    taggable(staff, code, responseId, questionId);
    return comments.untag(responseId, questionId, tag == null ? "" : tag.strip());
  }

  private SurveyStore.Row readable(StaffPrincipal viewer, SurveyCode code) {
    return surveys
        .find(code)
        .filter(r -> mayRead(viewer, r.agency(), r.purpose()))
        .orElseThrow(Surveys.SurveyNotFound::new);
  }

  private SurveyStore.Row taggable(
      StaffPrincipal staff, SurveyCode code, long responseId, String questionId) {
    SurveyStore.Row survey = readable(staff, code);
    if (!mayTag(staff, survey.agency()) || !comments.hasText(survey.id(), responseId, questionId)) {
      throw new Surveys.SurveyNotFound();
    }
    return survey;
  }

  private static SurveyComment comment(CommentStore.Row r, Map<Integer, Questionnaire> versions) {
    Questionnaire questionnaire = versions.get(r.version());
    BilingualText question =
        questionnaire == null
            ? new BilingualText(r.questionId(), r.questionId())
            : questionnaire
                .question(r.questionId())
                .map(Question::text)
                .orElse(new BilingualText(r.questionId(), r.questionId()));
    return new SurveyComment(
        r.responseId(), r.questionId(), question, r.answeredOn(), r.channel(), r.text(), r.tags());
  }
}
