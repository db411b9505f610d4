// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.petitions;

import static tw.civicdesk.casework.CaseKind.COMPLAINT;
import static tw.civicdesk.casework.CaseKind.FACILITY_REPORT;
import static tw.civicdesk.casework.CaseKind.MAILBOX;
import static tw.civicdesk.casework.CaseKind.MEDIA_ITEM;
import static tw.civicdesk.casework.CaseKind.PETITION;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.casework.CaseKind;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The seed agencies' channels for opinions and reports in the {@code demo} profile (DOMAIN.md §1.2,
 * §7): 礁溪's 鄉長電子信箱 and facility reports, 鳳山's 首長信箱, 服務台意見信箱 and 新聞輿情, 鹽水's 區長信箱 and reports,
 * 東區衛生所's petitions and complaints, 彰化's 民意信箱 and 24-hour facility reports. Idempotent: an agency
 * that has rules already is left alone.
 */
@Component
@Profile("demo")
class DemoPetitionRules {

  private static final Logger log = LoggerFactory.getLogger(DemoPetitionRules.class);

  private final PetitionRules rules;
  private final PetitionRuleEdits edits;
  private final Organisation organisation;
  private final TransactionTemplate tx;

  DemoPetitionRules(
      PetitionRules rules,
      PetitionRuleEdits edits,
      Organisation organisation,
      TransactionTemplate tx) {
    this.edits = edits;
    this.rules = rules;
    this.organisation = organisation;
    this.tx = tx;
  }

  /** One category of the demo: code, kind, names, own limit or {@code null}. */
  record Cat(String code, CaseKind kind, String zh, String en, @Nullable TimeLimit limit) {}

  static final List<Cat> PETITION_CATEGORIES =
      List.of(
          new Cat("roads", PETITION, "道路與交通", "Roads and traffic", null),
          new Cat("environment", PETITION, "環境衛生", "Environment and sanitation", null),
          new Cat("noise", PETITION, "噪音", "Noise", null),
          new Cat("welfare", PETITION, "社會福利", "Social welfare", null),
          new Cat("household", PETITION, "戶籍登記", "Household registration", null),
          new Cat("other", PETITION, "其他", "Other", null));

  static final List<Cat> COMPLAINT_CATEGORIES =
      List.of(
          new Cat("attitude", COMPLAINT, "服務態度", "Service attitude", null),
          new Cat("waiting", COMPLAINT, "等候時間", "Waiting time", null),
          new Cat("wrong-info", COMPLAINT, "資訊錯誤", "Wrong information", null));

  static final List<Cat> MAILBOX_CATEGORIES =
      List.of(
          new Cat("suggestion", MAILBOX, "意見與建議", "Suggestions", null),
          new Cat("praise", MAILBOX, "表揚", "Praise", null));

  static final List<Cat> FACILITY_CATEGORIES =
      List.of(
          new Cat("fallen-tree", FACILITY_REPORT, "路樹傾倒", "Fallen tree", TimeLimit.hours(4)),
          new Cat("pothole", FACILITY_REPORT, "路面坑洞", "Pothole", TimeLimit.hours(24)),
          new Cat("street-light", FACILITY_REPORT, "路燈故障", "Street light out", null),
          new Cat("drain", FACILITY_REPORT, "水溝阻塞", "Blocked drain", null),
          new Cat("litter", FACILITY_REPORT, "環境髒亂", "Litter and dumping", null));

  static final List<Cat> MEDIA_CATEGORIES =
      List.of(
          new Cat("news", MEDIA_ITEM, "新聞報導", "News report", null),
          new Cat("social-media", MEDIA_ITEM, "網路社群", "Social media", null));

  /** What each seed agency opens: kind → its default unit's code. */
  static final Map<String, Map<CaseKind, String>> OPEN =
      Map.of(
          "YILAN-JIAOXI",
              Map.of(
                  PETITION,
                  "CIVIL",
                  MAILBOX,
                  "ADMIN",
                  COMPLAINT,
                  "ADMIN",
                  FACILITY_REPORT,
                  "CIVIL",
                  MEDIA_ITEM,
                  "ADMIN"),
          "YILAN-TOUCHENG", Map.of(PETITION, "CIVIL", FACILITY_REPORT, "CIVIL"),
          "KH-FENGSHAN-HR1",
              Map.of(
                  PETITION, "DESK-1", MAILBOX, "DESK-3", COMPLAINT, "DESK-3", MEDIA_ITEM, "DESK-3"),
          "TN-YANSHUI",
              Map.of(
                  PETITION,
                  "SOCIAL",
                  MAILBOX,
                  "SOCIAL",
                  COMPLAINT,
                  "SOCIAL",
                  FACILITY_REPORT,
                  "AGRI-WORKS"),
          "HC-EAST-HEALTH", Map.of(PETITION, "ADMIN", COMPLAINT, "ADMIN"),
          "CH-PLANNING",
              Map.of(PETITION, "RESEARCH", MAILBOX, "RESEARCH", FACILITY_REPORT, "EVALUATION"));

  /** The districts and villages of the two townships with facility reports. */
  static final Map<String, Map<String, List<String>>> PLACES =
      Map.of(
          "YILAN-JIAOXI",
          Map.of(
              "礁溪鄉",
              List.of("德陽村", "大忠村", "大義村", "玉田村", "時潮村", "二結村", "白雲村", "林美村", "二龍村", "吳沙村", "三民村")),
          "TN-YANSHUI",
          Map.of("鹽水區", List.of("月港里", "岸內里", "孫厝里", "竹埔里", "汫水里", "水正里", "田寮里", "義稠里")));

  /** Facility categories the sanitation team handles rather than the kind's default unit. */
  static final Set<String> CLEANING = Set.of("litter");

  @EventListener(ApplicationReadyEvent.class)
  @Order(120)
  void load() {
    Integer opened = tx.execute(status -> loadAll());
    log.info("Demo petitions: {} agencies opened", opened);
  }

  int loadAll() {
    int opened = 0;
    for (var agency : OPEN.entrySet()) {
      AgencyCode code = new AgencyCode(agency.getKey());
      // Any kind row, open or closed: an administrator who closed every kind keeps them closed.
      if (organisation.agency(code).isEmpty() || !edits.kinds(code).isEmpty()) {
        continue;
      }
      agency.getValue().forEach((kind, unit) -> open(code, kind, unit));
      PLACES
          .getOrDefault(agency.getKey(), Map.of())
          .forEach(
              (district, villages) -> {
                rules.addPlace(code, new Route.Where(district, ""));
                villages.forEach(v -> rules.addPlace(code, new Route.Where(district, v)));
              });
      opened++;
    }
    return opened;
  }

  private void open(AgencyCode agency, CaseKind kind, String unitCode) {
    long unit = unit(agency, unitCode).orElseThrow();
    rules.save(
        new KindRule(
            agency,
            kind,
            limit(kind),
            kind == FACILITY_REPORT,
            true,
            kind == PETITION || kind == MAILBOX
                ? Set.of(KindRule.ReplyPart.HANDLING, KindRule.ReplyPart.LEGAL_BASIS)
                : Set.of(KindRule.ReplyPart.HANDLING),
            unit));
    int position = 0;
    for (Cat c : categories(kind)) {
      rules.save(
          new Category(
              agency,
              c.code(),
              kind,
              new BilingualText(c.zh(), c.en()),
              c.limit(),
              position++,
              true));
      if (CLEANING.contains(c.code())) {
        unit(agency, "CLEANING")
            .ifPresent(u -> rules.save(new Route(agency, c.code(), new Route.Where("", ""), u)));
      }
    }
  }

  /** Each kind's default time limit (DOMAIN.md §1.2, §7). */
  static TimeLimit limit(CaseKind kind) {
    return switch (kind) {
      case PETITION -> TimeLimit.calendarDays(30);
      case MAILBOX -> TimeLimit.workingDays(6);
      case COMPLAINT -> TimeLimit.workingDays(5);
      case FACILITY_REPORT -> TimeLimit.workingDays(3);
      case MEDIA_ITEM -> TimeLimit.hours(4);
      case APPLICATION -> throw new IllegalArgumentException("not a petition kind");
    };
  }

  private static List<Cat> categories(CaseKind kind) {
    return switch (kind) {
      case PETITION -> PETITION_CATEGORIES;
      case COMPLAINT -> COMPLAINT_CATEGORIES;
      case MAILBOX -> MAILBOX_CATEGORIES;
      case FACILITY_REPORT -> FACILITY_CATEGORIES;
      case MEDIA_ITEM -> MEDIA_CATEGORIES;
      case APPLICATION -> List.of();
    };
  }

  private Optional<Long> unit(AgencyCode agency, String code) {
    return organisation.units(agency).stream()
        .filter(u -> u.code().equals(code))
        .findFirst()
        .map(Unit::id);
  }
}
