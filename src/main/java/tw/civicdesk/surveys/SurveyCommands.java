// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.organisation.AgencyCode;

/** The commands of {@link Surveys}, one per use case. */
public final class SurveyCommands {

  private SurveyCommands() {}

  /**
   * A citizen's answer through the online link or a QR poster.
   *
   * @param channel {@link SurveyChannel#ONLINE} or {@link SurveyChannel#QR}
   * @param unitId the counter (unit) the poster names, if any; ignored unless it is the survey
   *     agency's
   * @param serviceCode the service the poster names, if any; ignored unless the agency offers it
   * @param answers the raw answers by question id ({@link Answers})
   */
  public record Answer(
      SurveyCode code,
      SurveyChannel channel,
      @Nullable Long unitId,
      @Nullable String serviceCode,
      Map<String, ?> answers) {}

  /**
   * Staff entering an answer from a paper form or an outbound call.
   *
   * @param channel {@link SurveyChannel#PAPER} or {@link SurveyChannel#PHONE}
   */
  public record Enter(
      SurveyCode code,
      SurveyChannel channel,
      @Nullable Long unitId,
      @Nullable String serviceCode,
      Map<String, ?> answers) {}

  /**
   * A new survey with its first version, a draft.
   *
   * @param tooFewBelow below this many answers the analysis shows "too few answers"
   */
  public record Create(
      AgencyCode agency,
      SurveyCode code,
      SurveyPurpose purpose,
      int tooFewBelow,
      Questionnaire questionnaire) {}
}
