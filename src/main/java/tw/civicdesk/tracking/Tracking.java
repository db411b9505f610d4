// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.tracking;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tw.civicdesk.casework.Case;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.VerificationCodes;
import tw.civicdesk.platform.error.DomainException;
import tw.civicdesk.platform.error.NotFoundException;

/**
 * Looks a case up for the holder of its receipt. Not transactional as a whole: a failed guess is
 * counted by {@link TrackingThrottle} in its own transaction, which the answer "not found" must
 * not roll back.
 */
@Service
public class Tracking {

  /** Checked when the number is malformed, so that its answer costs what any other does. */
  private static final CaseNumber STAND_IN = new CaseNumber("X0-20000101-00000");

  private final CaseWork work;
  private final VerificationCodes codes;
  private final PublicTimelines timelines;
  private final TrackingThrottle throttle;

  Tracking(CaseWork work, VerificationCodes codes, PublicTimelines timelines,
      TrackingThrottle throttle) {
    this.work = work;
    this.codes = codes;
    this.timelines = timelines;
    this.throttle = throttle;
  }

  /**
   * The public timeline of the case {@code caseNumber} (trimmed, any case) for the holder of its
   * {@code code}, asked from {@code clientAddress}.
   *
   * @throws TooManyAttempts when the address or the case number has had too many failed
   *     guesses in the current window — whether this code is right or not
   * @throws NotTracked when the number is malformed or unknown or the code is wrong (the same
   *     exception after the same work: the code's HMAC is always computed, the case always
   *     looked up); the failure is counted against the address and the number
   */
  public PublicTimeline track(@Nullable String caseNumber, @Nullable String code,
      String clientAddress) {
    return timelines.of(held(caseNumber, code, clientAddress));
  }

  /**
   * The case of the receipt holder's {@code caseNumber} and {@code code}, with the same checks,
   * answers and counting as {@link #track} — for every page that acts with a receipt.
   */
  Case held(@Nullable String caseNumber, @Nullable String code, String clientAddress) {
    Optional<CaseNumber> parsed = CaseNumber.parse(caseNumber);
    List<String> subjects = TrackingThrottle.subjects(clientAddress, parsed.orElse(null));
    Optional<Duration> wait = throttle.blocked(subjects);
    if (wait.isPresent()) {
      throw new TooManyAttempts(wait.get());
    }
    CaseNumber number = parsed.orElse(STAND_IN);
    boolean codeMatches = codes.matches(number, code == null ? "" : code);
    Optional<Case> found = find(number);
    if (parsed.isEmpty() || !codeMatches || found.isEmpty()) {
      throttle.count(subjects);
      throw new NotTracked();
    }
    return found.get();
  }

  /**
   * The public timeline of case {@code number}, for a caller that has already proven the right
   * to see it (e.g. a "my cases" link); empty when there is no such case.
   */
  Optional<PublicTimeline> timelineOf(CaseNumber number) {
    return find(number).map(timelines::of);
  }

  private Optional<Case> find(CaseNumber number) {
    try {
      return Optional.of(work.get(number, number.agency()));
    } catch (CaseWork.CaseNotFound e) {
      return Optional.empty();
    }
  }

  /** No case has this number and code (or the number is malformed); answered 404 alike. */
  public static class NotTracked extends NotFoundException {
    NotTracked() {
      super("tracking.not-found");
      onField("code");
    }
  }

  /** Too many failed guesses from this address or for this case number; answered 429. */
  public static class TooManyAttempts extends DomainException {
    private final Duration retryAfter;

    TooManyAttempts(Duration retryAfter) {
      super("tracking.too-many", Math.max(1, (retryAfter.toSeconds() + 59) / 60));
      this.retryAfter = retryAfter;
    }

    /** How long until the window passes, at least one second. */
    public Duration retryAfter() {
      return retryAfter;
    }

    /** {@link #retryAfter()} in whole seconds, rounded up, for the Retry-After header. */
    public long retryAfterSeconds() {
      return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
  }
}
