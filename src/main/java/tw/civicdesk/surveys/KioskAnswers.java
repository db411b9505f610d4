// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.platform.error.ConflictException;

/**
 * Records one kiosk answer in a transaction of its own, after {@link Kiosks} has counted it: the
 * answer counts once per client key (a retried post after a network drop finds the first and stores
 * nothing), and only while the kiosk's survey is open. Internal.
 */
@Component
class KioskAnswers {

  private final KioskStore kiosks;
  private final SurveyStore store;
  private final Surveys surveys;

  KioskAnswers(KioskStore kiosks, SurveyStore store, Surveys surveys) {
    this.kiosks = kiosks;
    this.store = store;
    this.surveys = surveys;
  }

  /**
   * Records {@code answers} for {@code kiosk} with its unit and {@code clientKey}.
   *
   * @return what was recorded, or {@code null} when an answer with {@code clientKey} was already
   *     stored (then nothing is)
   * @throws ConflictException {@code surveys.not-open} when the survey is not open
   * @throws tw.civicdesk.platform.error.InvalidFields when an answer breaks its question's rule
   */
  @Transactional
  @Nullable Recorded record(Kiosk kiosk, @Nullable UUID clientKey, Map<String, ?> answers) {
    if (clientKey != null) {
      kiosks.lockKey(clientKey);
      if (kiosks.answered(clientKey)) {
        return null;
      }
    }
    SurveyStore.Row survey =
        store
            .find(kiosk.survey())
            .filter(r -> r.status() == SurveyStatus.OPEN)
            .orElseThrow(() -> new ConflictException("surveys.not-open"));
    return surveys.record(
        survey,
        SurveyChannel.KIOSK,
        answers,
        new SurveyStore.Origin(kiosk.unitId(), null, null, kiosk.id(), clientKey));
  }
}
