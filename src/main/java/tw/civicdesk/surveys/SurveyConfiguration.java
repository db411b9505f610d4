// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.civicdesk.platform.throttle.AnonymousDoor;

/** The anonymous door of the surveys' public answers. */
@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

  @Bean
  AnonymousDoor surveyAnswerDoor(SurveySettings settings) {
    return new AnonymousDoor(SurveySettings.ANSWER_DOOR, settings.anonymousPerHour());
  }
}
