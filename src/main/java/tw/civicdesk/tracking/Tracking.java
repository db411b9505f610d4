// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.CaseWork.HeldReceipt;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.error.TooManyRequestsException;

/**
 * Looks a case up for the holder of its receipt. The receipt is checked by case work's one
 * throttled check ({@link tw.civicdesk.casework.CaseWork#held}), outside any transaction so that
 * the throttle's count commits on its own; the timeline is then read in one read-only transaction.
 */
@Service
public class Tracking {

  private final CaseWork work;
  private final PublicTimelines timelines;

  Tracking(CaseWork work, PublicTimelines timelines) {
    this.work = work;
    this.timelines = timelines;
  }

  /**
   * The public timeline of the case {@code caseNumber} (trimmed, any case) for the holder of its
   * {@code code}, asked from {@code clientAddress}.
   *
   * @throws TooManyRequestsException when the address or the case number has had too many failed
   *     guesses in the current window — whether this code is right or not
   * @throws NotTracked when the number is malformed or unknown or the code is wrong (the same
   *     exception after the same work); the failure is counted against the address and the number
   */
  public PublicTimeline track(
      @Nullable String caseNumber, @Nullable String code, String clientAddress) {
    HeldReceipt held = held(caseNumber, code, clientAddress);
    return timelines.of(work.publicView(held));
  }

  /**
   * The receipt of the holder's {@code caseNumber} and {@code code}, with the same checks, answers
   * and counting as {@link #track} — for every page of tracking that acts with a receipt.
   */
  HeldReceipt held(@Nullable String caseNumber, @Nullable String code, String clientAddress) {
    return work.held(caseNumber, code, clientAddress).orElseThrow(NotTracked::new);
  }

  /**
   * The public timeline of case {@code number}, for a caller that has already proven the right to
   * see it (e.g. a "my cases" link); empty when there is no such case.
   */
  Optional<PublicTimeline> timelineOf(CaseNumber number) {
    return work.publicView(number).map(timelines::of);
  }

  /** No case has this number and code (or the number is malformed); answered 404 alike. */
  public static class NotTracked extends NotFoundException {
    NotTracked() {
      super("tracking.not-found");
      onField("code");
    }
  }
}
