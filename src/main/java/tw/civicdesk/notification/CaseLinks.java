// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.surveys.Surveys;

/**
 * The links a notice about an application carries ({@link MessageRendering} builds them): the
 * tracking page, the supplement page, and — when the case is decided and its agency asks after a
 * case — the agency's post-case survey. Each carries the case number only, never the code.
 */
@Component
class CaseLinks {

  private final MessageRendering rendering;
  private final Surveys surveys;

  CaseLinks(MessageRendering rendering, Surveys surveys) {
    this.rendering = rendering;
    this.surveys = surveys;
  }

  /** The tracking page of {@code number}; {@code null} when no site address is known. */
  @Nullable String track(String number, Locale language) {
    return rendering.trackUrl(number, language);
  }

  /** The supplement page of {@code number}; {@code null} when no site address is known. */
  @Nullable String supplement(String number, Locale language) {
    return rendering.supplementUrl(number, language);
  }

  /**
   * The post-case survey page of {@code number} when {@code agency} has an open post-case survey;
   * else, or when no site address is known, {@code null}.
   */
  @Nullable String postCaseSurvey(AgencyCode agency, String number, Locale language) {
    return surveys.postCaseSurvey(agency).isPresent()
        ? rendering.postCaseSurveyUrl(number, language)
        : null;
  }
}
