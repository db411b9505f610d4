// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseAction;
import tw.civicdesk.casework.CaseEvents;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.petitions.Category;
import tw.civicdesk.petitions.PetitionRules;
import tw.civicdesk.petitions.Petitions;
import tw.civicdesk.petitions.ReportFollowers;
import tw.civicdesk.platform.address.PublicAddress;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.platform.i18n.Languages;

/**
 * Tells the followers of a facility report ("me too", {@link ReportFollowers}) that it was fixed,
 * in the transaction of the step that closed it (a plain {@link EventListener}): one e-mail each
 * through the notification outbox ({@link NoticeKind#FOLLOWED_REPORT_FIXED}), in the follower's
 * language, with a link to the report's public page; the addresses are then cleared. (Followers
 * move with a merged or transferred report in petitions.)
 */
@Component
class FollowerNotices {

  private final ReportFollowers followers;
  private final Notifications notifications;
  private final Petitions petitions;
  private final PetitionRules rules;
  private final PublicAddress address;
  private final Clock clock;

  FollowerNotices(
      ReportFollowers followers,
      Notifications notifications,
      Petitions petitions,
      PetitionRules rules,
      PublicAddress address,
      Clock clock) {
    this.followers = followers;
    this.notifications = notifications;
    this.petitions = petitions;
    this.rules = rules;
    this.address = address;
    this.clock = clock;
  }

  @EventListener
  void onStep(CaseEvents.CaseStepTaken step) {
    if (step.kind() != CaseKind.FACILITY_REPORT) {
      return;
    }
    if (step.action() == CaseAction.CLOSE) {
      tell(step.number());
    }
  }

  private void tell(CaseNumber number) {
    List<ReportFollowers.Waiting> waiting = followers.waiting(number);
    if (waiting.isEmpty()) {
      return;
    }
    BilingualText category =
        petitions
            .view(number)
            .flatMap(v -> rules.category(v.agency(), v.category()))
            .map(Category::name)
            .orElse(new BilingualText(number.value(), number.value()));
    String base = address.baseUrl();
    for (ReportFollowers.Waiting follower : waiting) {
      String link =
          base.isEmpty()
              ? null
              : base
                  + "/reports/"
                  + URLEncoder.encode(number.value(), StandardCharsets.UTF_8)
                  + "?lang="
                  + Languages.tag(follower.language());
      notifications.queue(
          new Notice(
              NoticeKind.FOLLOWED_REPORT_FIXED,
              number.value(),
              NoticeChannel.EMAIL,
              follower.email(),
              follower.language(),
              List.of(number.value(), category.in(follower.language())),
              List.of(),
              link));
    }
    followers.told(waiting, clock.instant());
  }
}
