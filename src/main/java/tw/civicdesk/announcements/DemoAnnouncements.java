// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.announcements;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;

/**
 * Demo announcements in the {@code demo} profile for 礁溪, 鹽水 and 彰化, dated from the clock: a few of
 * each category, one pinned, one scheduled for next week, one expired and one current disaster
 * notice per agency. Idempotent: an agency's announcement with the same Chinese title is left
 * alone; an agency that does not exist is skipped.
 */
@Component
@Profile("demo")
class DemoAnnouncements {

  static final List<String> AGENCIES = List.of("YILAN-JIAOXI", "TN-YANSHUI", "CH-PLANNING");

  private static final List<Demo> DEMOS =
      List.of(
          new Demo(
              AnnouncementCategory.DISASTER,
              "颱風停止上班上課及防颱準備",
              ": typhoon closure and preparations",
              "中央氣象署已發布海上及陸上颱風警報，請民眾做好防颱準備，避免前往海邊及山區。\n\n" + "如需沙包或緊急協助，請撥打本所值班電話。",
              "A typhoon warning is in force. Please prepare, and keep away from the coast and the"
                  + " mountains.\n\nFor sandbags or urgent help, call our duty line.",
              -1,
              3,
              false),
          new Demo(
              AnnouncementCategory.NEWS,
              "服務時間調整公告",
              ": new opening hours",
              "自下個月起，每週三櫃檯延長服務至晚上七時，方便上班族洽公。",
              "From next month the counter stays open until 19:00 on Wednesdays.",
              -3,
              null,
              true),
          new Demo(
              AnnouncementCategory.NEWS,
              "為民服務滿意度調查結果",
              "",
              "本年度為民服務滿意度調查已完成，整體滿意度較去年提升，感謝民眾參與。",
              "",
              -10,
              null,
              false),
          new Demo(
              AnnouncementCategory.RECRUITMENT,
              "約僱人員甄選簡章",
              ": recruiting a contract clerk",
              "本所徵求約僱人員一名，報名期間至本月底止，請檢附履歷及學歷證明。",
              "We are recruiting one contract clerk; apply by the end of the month with a CV and"
                  + " diplomas.",
              -5,
              25,
              false),
          new Demo(
              AnnouncementCategory.POLICY,
              "宣導：詐騙防制三不原則",
              ": three rules against fraud",
              "不聽、不信、不匯款。接到可疑電話請撥打165反詐騙專線查證。",
              "Don't listen, don't believe, don't transfer. Call 165 to check a suspicious call.",
              -7,
              null,
              false),
          new Demo(
              AnnouncementCategory.NEWS,
              "下週系統維護暫停線上申辦",
              ": online services paused for maintenance next week",
              "因系統維護，下週六上午八時至十二時暫停線上申辦服務。",
              "Online applications pause next Saturday from 08:00 to 12:00 for maintenance.",
              7,
              null,
              false),
          new Demo(
              AnnouncementCategory.POLICY,
              "春節垃圾清運時間（已結束）",
              ": rubbish collection over the New Year (ended)",
              "春節期間垃圾清運時間調整，已於年初恢復正常。",
              "Collection times changed over the New Year; they are back to normal.",
              -40,
              -20,
              false));

  private static final Logger LOG = LoggerFactory.getLogger(DemoAnnouncements.class);

  private final Announcements announcements;
  private final Organisation organisation;
  private final Clock clock;

  DemoAnnouncements(Announcements announcements, Organisation organisation, Clock clock) {
    this.announcements = announcements;
    this.organisation = organisation;
    this.clock = clock;
  }

  /** One demo announcement, its times in days from today. */
  private record Demo(
      AnnouncementCategory category,
      String titleZh,
      String titleEn,
      String bodyZh,
      String bodyEn,
      int publishDays,
      @Nullable Integer expireDays,
      boolean pinned) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(360)
  void load() {
    int added = 0;
    for (String code : AGENCIES) {
      AgencyCode agency = AgencyCode.of(code);
      List<Unit> units = organisation.units(agency);
      if (!organisation.exists(agency) || units.isEmpty()) {
        continue;
      }
      var name = organisation.agency(agency).orElseThrow().name();
      for (Demo d : DEMOS) {
        if (announcements.importAnnouncement(
            agency, save(d, name, units.get(0).id()), "system:demo")) {
          added++;
        }
      }
    }
    LOG.info("demo announcements: {} added", added);
  }

  private AnnouncementCommands.Save save(
      Demo d, tw.civicdesk.platform.i18n.BilingualText agency, long unit) {
    LocalDateTime today =
        LocalDateTime.now(clock.withZone(Announcement.TAIPEI)).truncatedTo(ChronoUnit.DAYS);
    LocalDateTime publish = today.plusDays(d.publishDays()).withHour(9);
    return new AnnouncementCommands.Save(
        d.category().name(),
        unit,
        agency.zh() + d.titleZh(),
        d.titleEn().isEmpty() ? "" : agency.en() + d.titleEn(),
        d.bodyZh(),
        d.bodyEn(),
        publish,
        d.expireDays() == null ? null : today.plusDays(d.expireDays()).withHour(17),
        d.pinned());
  }
}
