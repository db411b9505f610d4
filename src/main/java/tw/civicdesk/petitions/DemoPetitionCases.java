// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Role;

/**
 * Files the demo profile's petitions and reports through {@link Petitions#file} and steps them
 * through {@link CaseWork} as the demo staff of each case's unit, so that the statistics, the lists
 * and the map have something to show on the first start:
 *
 * <ul>
 *   <li>{@value #JIAOXI_REPORTS} facility reports around 礁溪 and {@value #YANSHUI_REPORTS} around
 *       鹽水, over the past half year, in the township's streets and villages, every {@value
 *       DemoReports#DUPLICATE_EVERY}th a likely duplicate of the one before it a few metres away;
 *       most of the last days' answered (many in time), every sixth older one answered late, some
 *       started, the rest open and mostly late; those of a unit without a unit head and an officer
 *       stay open;
 *   <li>eight petitions and five letters to the head at each seed agency that takes them, a
 *       petitioner writing twice about the same matter (a repeat), some answered on time, some
 *       late; at 礁溪 the repeat is closed without processing (行政程序法 §173, 要點 point 14).
 * </ul>
 *
 * Idempotent: an agency whose read model already holds a petition, letter or report is left alone
 * (an agency that takes no facility reports files only 13 cases, so a threshold above that refiled
 * them on every start).
 */
@Component
@Profile("demo")
class DemoPetitionCases {

  /** Facility reports around 礁溪. */
  static final int JIAOXI_REPORTS = 180;

  /** Facility reports around 鹽水. */
  static final int YANSHUI_REPORTS = 120;

  /** Reports received within this many days are mostly answered (most of them in time). */
  static final int RECENT_DAYS = 4;

  private static final Logger log = LoggerFactory.getLogger(DemoPetitionCases.class);

  private final Petitions petitions;
  private final PetitionRules rules;
  private final DemoSteps steps;
  private final Organisation organisation;
  private final Clock clock;

  DemoPetitionCases(
      Petitions petitions,
      PetitionRules rules,
      DemoSteps steps,
      Organisation organisation,
      Clock clock) {
    this.petitions = petitions;
    this.rules = rules;
    this.steps = steps;
    this.organisation = organisation;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(210)
  void load() {
    int filed = 0;
    for (String code : DemoPetitionRules.OPEN.keySet()) {
      AgencyCode agency = new AgencyCode(code);
      if (organisation.agency(agency).isPresent()) {
        DemoReports.Township town = DemoReports.TOWNSHIPS.get(code);
        List<String> villages =
            town == null
                ? List.of()
                : DemoPetitionRules.PLACES
                    .getOrDefault(code, Map.of())
                    .getOrDefault(town.district(), List.of());
        filed += loadAgency(agency, town, villages, reports(code), code.equals("YILAN-JIAOXI"));
      }
    }
    log.info("Demo petitions and reports: {} filed", filed);
  }

  private static int reports(String agency) {
    return switch (agency) {
      case "YILAN-JIAOXI" -> JIAOXI_REPORTS;
      case "TN-YANSHUI" -> YANSHUI_REPORTS;
      default -> 0;
    };
  }

  /**
   * Files the demo cases of {@code agency} unless it has them already: {@code reports} facility
   * reports in {@code town}'s streets and {@code villages} when it takes them, its petitions (the
   * repeat closed without processing when {@code closeRepeat}) and letters; how many were filed.
   */
  int loadAgency(
      AgencyCode agency,
      DemoReports.@Nullable Township town,
      List<String> villages,
      int reports,
      boolean closeRepeat) {
    if (!petitions.find(PetitionQuery.of(agency, 1)).isEmpty()) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    int filed = 0;
    if (town != null && reports > 0 && rules.rule(agency, CaseKind.FACILITY_REPORT).isPresent()) {
      filed += facilityReports(agency, town, villages, reports, today);
    }
    if (rules.rule(agency, CaseKind.PETITION).isPresent()) {
      filed += petitions(agency, today, closeRepeat);
    }
    if (rules.rule(agency, CaseKind.MAILBOX).isPresent()) {
      filed += letters(agency, today);
    }
    return filed;
  }

  private int facilityReports(
      AgencyCode agency,
      DemoReports.Township town,
      List<String> villages,
      int count,
      LocalDate today) {
    List<FilePetition> reports = DemoReports.facilityReports(agency, town, villages, count, today);
    String clerk = steps.first(agency, null, Role.COUNTER_CLERK);
    for (int i = 0; i < reports.size(); i++) {
      CaseNumber number = file(reports.get(i), clerk);
      boolean recent = !reports.get(i).receivedOn().isBefore(today.minusDays(RECENT_DAYS));
      if ((recent && i % 4 != 3) || i % 6 == 0) {
        steps.answer(number, answer(reports.get(i).category()));
      } else {
        if (i % 6 == 4) {
          steps.take(number);
        }
        if (i % 7 == 3) {
          steps.meToo(number, 1 + i % 3);
        }
      }
    }
    return reports.size();
  }

  /**
   * Eight petitions over three months: the first petitioner writes three times about the same
   * matter; the first three and the sixth and seventh are answered (the second rated unhappy on the
   * phone, asking to reopen; the others rated 3 to 5), the fourth and fifth started, and, when
   * {@code closeRepeat}, the last (the repeat of an answered one) closed without processing.
   */
  private int petitions(AgencyCode agency, LocalDate today, boolean closeRepeat) {
    List<Category> categories = rules.categories(agency, CaseKind.PETITION);
    if (categories.isEmpty()) {
      return 0;
    }
    int[] daysBack = {85, 70, 52, 40, 33, 21, 12, 4};
    int[] who = {0, 1, 2, 3, 0, 4, 5, 0};
    int[] scores = {4, 2, 5, 0, 0, 5, 3, 0};
    for (int i = 0; i < daysBack.length; i++) {
      String category = categories.get(who[i] == 0 ? 0 : i % categories.size()).code();
      CaseNumber number =
          file(
              named(agency, CaseKind.PETITION, category, who[i], today.minusDays(daysBack[i])),
              null);
      if (i == 7 && closeRepeat) {
        steps.closeAsRepeat(number);
      } else if (scores[i] > 0) {
        int score = scores[i];
        steps
            .answer(number, DemoTexts.petitionAnswer(category))
            .ifPresent(o -> steps.rate(o, number, score, score <= 2 ? DemoTexts.UNHAPPY : "謝謝。"));
      } else if (i < 5) {
        steps.take(number);
      }
    }
    return daysBack.length;
  }

  /** Five letters to the head over six weeks; the second to fourth answered. */
  private int letters(AgencyCode agency, LocalDate today) {
    List<Category> categories = rules.categories(agency, CaseKind.MAILBOX);
    if (categories.isEmpty()) {
      return 0;
    }
    int[] daysBack = {40, 25, 15, 8, 2};
    for (int i = 0; i < daysBack.length; i++) {
      String category = categories.get(i % categories.size()).code();
      CaseNumber number =
          file(
              named(agency, CaseKind.MAILBOX, category, 10 + i, today.minusDays(daysBack[i])),
              null);
      if (i >= 1 && i <= 3) {
        steps.answer(number, DemoTexts.LETTER_ANSWER);
      }
    }
    return daysBack.length;
  }

  private FilePetition named(
      AgencyCode agency, CaseKind kind, String category, int who, LocalDate received) {
    DemoTexts.Text text = DemoTexts.petition(category);
    return new FilePetition(
        kind,
        Channel.ONLINE,
        agency,
        category,
        Place.none(),
        text.subject(),
        text.description(),
        DemoReports.named(who),
        Locale.TAIWAN,
        received,
        null,
        Map.of(),
        null);
  }

  private CaseNumber file(FilePetition p, @Nullable String clerk) {
    boolean staff = p.channel() != Channel.ONLINE && clerk != null;
    FilePetition filed =
        new FilePetition(
            p.kind(),
            staff ? p.channel() : Channel.ONLINE,
            p.agency(),
            p.category(),
            p.place(),
            p.subject(),
            p.description(),
            p.applicant(),
            p.language(),
            p.receivedOn(),
            p.postmarkedOn(),
            p.attributes(),
            staff ? clerk : null);
    return petitions.file(filed).number();
  }

  private static DemoTexts.Reply answer(@Nullable String category) {
    return new DemoTexts.Reply(
        DemoTexts.facilityAnswer(category == null ? "" : category), DemoTexts.FACILITY_BASIS);
  }
}
