// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.Decision;

/**
 * What one petition or report counts in the rollup ({@code petition_tally}): where it is grouped,
 * the day it was received, whether it is a repeat, and its reply and transfer once there are any.
 *
 * @param district the district as filed, "" when none was given
 * @param named whether the petitioner gave an e-mail or a phone (the repeat rate's base)
 * @param repliedOn the day of the latest decision (an answer or a closure without processing)
 * @param repliedOnTime whether that was on or before the due date in force before it
 * @param notProcessed whether that decision closed it without processing (§173)
 * @param transferredOn the day it was sent to the competent agency
 */
record Tally(
    String number,
    String agency,
    String kind,
    String channel,
    String category,
    String district,
    LocalDate receivedOn,
    boolean named,
    boolean repeat,
    @Nullable LocalDate repliedOn,
    @Nullable Boolean repliedOnTime,
    boolean notProcessed,
    @Nullable LocalDate transferredOn) {

  /**
   * The tally after {@code step}: a decision is the reply (the latest one counts, as the read model
   * keeps it), a transfer the transfer; every other step changes nothing counted.
   */
  Tally after(CaseEvents.CaseStepTaken step) {
    if (step.action() == CaseAction.DECIDE) {
      LocalDate due = step.dueBefore();
      boolean onTime = due == null || !step.on().isAfter(due);
      return new Tally(
          number,
          agency,
          kind,
          channel,
          category,
          district,
          receivedOn,
          named,
          repeat,
          step.on(),
          onTime,
          step.decision() == Decision.NOT_PROCESSED,
          transferredOn);
    }
    if (step.action() == CaseAction.TRANSFER) {
      return new Tally(
          number,
          agency,
          kind,
          channel,
          category,
          district,
          receivedOn,
          named,
          repeat,
          repliedOn,
          repliedOnTime,
          notProcessed,
          step.on());
    }
    return this;
  }

  /** The calendar days from receipt to the reply, 0 for a reply on the day of receipt. */
  int replyDays() {
    LocalDate replied = repliedOn;
    return replied == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(receivedOn, replied));
  }

  /** Adds what this case counts to {@code changes}, {@code sign} times (1 to add, -1 to remove). */
  void addTo(Changes changes, int sign) {
    Changes.Key received = key(receivedOn);
    changes.count(received, Counter.RECEIVED, sign);
    changes.count(received, Counter.NAMED, named ? sign : 0);
    changes.count(received, Counter.REPEATS, repeat ? sign : 0);
    LocalDate replied = repliedOn;
    if (replied != null) {
      Changes.Key reply = key(replied);
      changes.count(reply, Counter.REPLIED, sign);
      changes.count(reply, Counter.REPLIED_ON_TIME, Boolean.TRUE.equals(repliedOnTime) ? sign : 0);
      changes.count(reply, Counter.REPLY_DAYS, (long) sign * replyDays());
      changes.count(reply, Counter.NOT_PROCESSED, notProcessed ? sign : 0);
      changes.reply(reply, replyDays(), sign);
    }
    LocalDate transferred = transferredOn;
    if (transferred != null) {
      changes.count(key(transferred), Counter.TRANSFERRED, sign);
    }
  }

  private Changes.Key key(LocalDate day) {
    return new Changes.Key(agency, day.withDayOfMonth(1), kind, channel, category, district);
  }
}
