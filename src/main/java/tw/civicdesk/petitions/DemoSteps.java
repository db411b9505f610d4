// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * The demo staff of a case's unit at work: the unit head assigns it, the officer starts it, answers
 * it or closes it without processing through the reply form's service ({@link PetitionReplies}),
 * and records the petitioner's rating from a call. A unit without a unit head and an officer does
 * nothing: its cases stay open.
 */
@Component
@Profile("demo")
class DemoSteps {

  private final Petitions petitions;
  private final CaseWork cases;
  private final PetitionReplies replies;
  private final PetitionRatings ratings;
  private final Organisation organisation;
  private final ReportFollowers followers;

  DemoSteps(
      Petitions petitions,
      CaseWork cases,
      PetitionReplies replies,
      PetitionRatings ratings,
      Organisation organisation,
      ReportFollowers followers) {
    this.followers = followers;
    this.petitions = petitions;
    this.cases = cases;
    this.replies = replies;
    this.ratings = ratings;
    this.organisation = organisation;
  }

  /** The officer who took case {@code number} and its version after; empty when nobody could. */
  record Taken(StaffPrincipal officer, int version) {}

  /** Assigns and starts case {@code number}. */
  Optional<Taken> take(CaseNumber number) {
    PetitionView view = petitions.view(number).orElseThrow();
    Optional<StaffPrincipal> head = account(view.agency(), view.unitId(), Role.UNIT_HEAD);
    Optional<StaffPrincipal> officer = account(view.agency(), view.unitId(), Role.CASE_OFFICER);
    if (head.isEmpty() || officer.isEmpty()) {
      return Optional.empty();
    }
    int version =
        cases
            .assign(head.get(), new CaseCommand.Assign(number, 0, officer.get().getUsername()))
            .version();
    version = cases.start(officer.get(), new CaseCommand.Start(number, version)).version();
    return Optional.of(new Taken(officer.get(), version));
  }

  /** Takes case {@code number} and answers it; the officer who did, if anyone could. */
  Optional<StaffPrincipal> answer(CaseNumber number, DemoTexts.Reply reply) {
    return take(number)
        .map(
            t -> {
              replies.reply(
                  t.officer(),
                  new PetitionReply(
                      number,
                      t.version(),
                      Decision.ANSWERED,
                      null,
                      reply.handling(),
                      reply.legalBasis(),
                      null,
                      null));
              return t.officer();
            });
  }

  /** Takes case {@code number} and closes it without processing as a repeat (§173 ②). */
  void closeAsRepeat(CaseNumber number) {
    take(number)
        .ifPresent(
            t ->
                replies.reply(
                    t.officer(),
                    new PetitionReply(
                        number,
                        t.version(),
                        Decision.NOT_PROCESSED,
                        ClosureGround.REPEAT,
                        DemoTexts.NOT_PROCESSED,
                        null,
                        null,
                        null)));
  }

  /** Records, as {@code officer}, a rating the petitioner of {@code number} gave on the phone. */
  void rate(StaffPrincipal officer, CaseNumber number, int score, String comment) {
    ratings.record(
        officer, number, score, comment, Channel.PHONE, score <= PetitionRatings.UNHAPPY_MAX);
  }

  /** {@code count} neighbours follow open report {@code number} ("me too") instead of filing it. */
  void meToo(CaseNumber number, int count) {
    for (int k = 0; k < count; k++) {
      followers.follow(
          number,
          "demo.metoo."
              + number.value().toLowerCase(java.util.Locale.ROOT)
              + "."
              + k
              + "@example.invalid",
          java.util.Locale.TAIWAN);
    }
  }

  private Optional<StaffPrincipal> account(AgencyCode agency, long unit, Role role) {
    return Optional.ofNullable(first(agency, unit, role)).flatMap(organisation::accountForSignIn);
  }

  /** The first enabled staff member of {@code agency} (in {@code unit}) holding {@code role}. */
  @Nullable String first(AgencyCode agency, @Nullable Long unit, Role role) {
    List<String> names = organisation.usernamesHolding(agency, unit, role);
    return names.isEmpty() ? null : names.get(0);
  }
}
