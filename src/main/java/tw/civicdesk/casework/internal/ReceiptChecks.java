// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.platform.throttle.Limit;
import tw.civicdesk.platform.throttle.Throttle;

/**
 * The one check of a receipt — a case number and its verification code — for every public door that
 * acts with one: tracking (page and API), contact changes, supplements, withdrawals, and later
 * surveys after a case and petition ratings (QUALITY.md S2, ADR 0024).
 *
 * <p>Guarantees: every check is a {@linkplain Throttle#guess guess} under the limit {@value
 * #LIMIT}, counted against the client address and, when the number is well-formed, against the
 * number: at most {@code civicdesk.tracking.max-failures} checks per address and per number are
 * answered as failed in a window of {@code civicdesk.tracking.window}, however many arrive at once;
 * beyond that every check — right code or wrong — is refused with 429 until the window ends. A
 * check that matches counts nothing, so only failures count (and a guesser holding one receipt
 * cannot reset their address, nor can citizens checking at the same moment crowd each other out). A
 * malformed number, an unknown number and a wrong code answer alike after the same work: the code's
 * HMAC is always computed and a case always looked up.
 */
@Service
public class ReceiptChecks {

  /** The name of the receipt-guessing limit in the throttle. */
  public static final String LIMIT = "receipts";

  /** Checked when the number is malformed, so that its answer costs what any other does. */
  private static final CaseNumber STAND_IN = new CaseNumber("X0-20000101-00000");

  private final Throttle throttle;
  private final VerificationCodes codes;
  private final CaseEngine work;
  private final Limit limit;

  ReceiptChecks(
      Throttle throttle, VerificationCodes codes, CaseEngine work, ReceiptCheckSettings settings) {
    this.throttle = throttle;
    this.codes = codes;
    this.work = work;
    this.limit = new Limit(LIMIT, settings.maxFailures(), settings.window(), "tracking.too-many");
  }

  /**
   * The receipt of case {@code number} (trimmed, any case) for the holder of {@code code}, asked
   * from {@code clientAddress}. Call it outside a transaction (the throttle commits its count at
   * once, whatever the caller does next).
   *
   * @return the case of the receipt when number and code match; empty when the number is malformed
   *     or unknown or the code wrong (alike), which is counted as a failure
   * @throws tw.civicdesk.platform.error.TooManyRequestsException when the address or the number has
   *     had too many failures in the current window, before anything is checked
   */
  public Optional<Case> held(@Nullable String number, @Nullable String code, String clientAddress) {
    Optional<CaseNumber> parsed = CaseNumber.parse(number);
    return throttle.guess(
        limit,
        subjects(clientAddress, parsed.orElse(null)),
        () -> {
          CaseNumber checked = parsed.orElse(STAND_IN);
          boolean codeMatches = codes.matches(checked, code == null ? "" : code);
          Optional<Case> found = find(checked);
          return parsed.isEmpty() || !codeMatches ? Optional.empty() : found;
        });
  }

  /** The limit the checks count under (named {@value #LIMIT}), for case work's own tests. */
  Limit limit() {
    return limit;
  }

  /** The subjects a check counts against: its address and, if well-formed, its number. */
  public static List<String> subjects(String clientAddress, @Nullable CaseNumber number) {
    List<String> subjects = new ArrayList<>();
    subjects.add(Throttle.address(clientAddress));
    if (number != null) {
      subjects.add("case:" + number.value());
    }
    return subjects;
  }

  private Optional<Case> find(CaseNumber number) {
    try {
      return Optional.of(work.get(number, number.agency()));
    } catch (CaseWork.CaseNotFound e) {
      return Optional.empty();
    }
  }
}
