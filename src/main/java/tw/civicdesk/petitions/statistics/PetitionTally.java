// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions.statistics;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.petitions.FilePetition;

/**
 * Keeps the petition rollup exact as cases move, in the transaction of every filing and step: the
 * petitions module tells it of each case it files ({@link #filed}); a case opened by a transfer
 * (移文) counts at the agency it went to as received on the day of the transfer; every step takes
 * back what the case counted before it and adds what it counts after, so a step and its figures
 * commit or roll back together. Cases of kinds other than petitions are not counted here.
 */
@Component
public class PetitionTally {

  private static final java.time.ZoneId TAIPEI = java.time.ZoneId.of("Asia/Taipei");

  private final RollupStore store;
  private final RepeatKeys repeats;

  PetitionTally(RollupStore store, RepeatKeys repeats) {
    this.store = store;
    this.repeats = repeats;
  }

  /**
   * Counts case {@code number}, just filed as {@code petition} under {@code category}, in the
   * caller's transaction.
   */
  public void filed(CaseNumber number, FilePetition petition, String category) {
    String district = petition.place().district();
    Tally tally =
        new Tally(
            number.value(),
            petition.agency().value(),
            petition.kind().name(),
            petition.channel().name(),
            category,
            district == null ? "" : district.strip(),
            petition.receivedOn(),
            RepeatKeys.named(petition.applicant()),
            repeats.repeat(
                number.value(),
                petition.agency().value(),
                category,
                petition.applicant(),
                petition.receivedOn()),
            null,
            null,
            false,
            null);
    count(tally);
  }

  /**
   * Counts case {@code to}, reopened from {@code from} after an unhappy rating, as a new case of
   * the same agency and grouping received on the day it was reopened ({@code at}, Taiwan time), in
   * the caller's transaction; not a repeat (its source is known).
   */
  public void reopened(CaseNumber from, CaseNumber to, java.time.Instant at) {
    store
        .find(from.value())
        .ifPresent(
            source ->
                count(
                    new Tally(
                        to.value(),
                        source.agency(),
                        source.kind(),
                        source.channel(),
                        source.category(),
                        source.district(),
                        java.time.LocalDate.ofInstant(at, TAIPEI),
                        source.named(),
                        false,
                        null,
                        null,
                        false,
                        null)));
  }

  /** A case opened by a transfer counts at its new agency, as the case it came from was grouped. */
  @EventListener
  void on(CaseEvents.CaseFiled filed) {
    CaseNumber from = filed.links().transferredFrom();
    if (from == null || filed.kind() == CaseKind.APPLICATION) {
      return;
    }
    store
        .find(from.value())
        .ifPresent(
            source ->
                count(
                    new Tally(
                        filed.number().value(),
                        filed.agency().value(),
                        source.kind(),
                        source.channel(),
                        source.category(),
                        source.district(),
                        filed.receivedOn(),
                        source.named(),
                        false,
                        null,
                        null,
                        false,
                        null)));
  }

  @EventListener
  void on(CaseEvents.CaseStepTaken step) {
    if (step.kind() == CaseKind.APPLICATION) {
      return;
    }
    Optional<Tally> before = store.find(step.number().value());
    if (before.isEmpty()) {
      return;
    }
    Tally after = before.get().after(step);
    if (after.equals(before.get())) {
      return;
    }
    Changes changes = new Changes();
    before.get().addTo(changes, -1);
    after.addTo(changes, 1);
    store.save(after);
    store.write(changes);
  }

  private void count(Tally tally) {
    Changes changes = new Changes();
    tally.addTo(changes, 1);
    store.save(tally);
    store.write(changes);
  }
}
