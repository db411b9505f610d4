// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import tw.civicdesk.calendar.TimeLimit;
import tw.civicdesk.calendar.WorkingCalendar;
import tw.civicdesk.casework.CaseCommand;
import tw.civicdesk.casework.CaseNumber;
import tw.civicdesk.casework.CaseQuery;
import tw.civicdesk.casework.CaseStatus;
import tw.civicdesk.casework.CaseWork;
import tw.civicdesk.casework.Decision;
import tw.civicdesk.catalogue.Catalogue;
import tw.civicdesk.catalogue.Channel;
import tw.civicdesk.catalogue.FormField;
import tw.civicdesk.catalogue.ServiceFilter;
import tw.civicdesk.catalogue.ServiceVersion;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.StaffPrincipal;

/**
 * Files demo applications in the {@code demo} profile, after the demo catalogue, for the services
 * of each demo unit head's unit (so that the demo head, officer and clerk reach them, ADR 0025), so
 * that every state a user should see is there on the first start:
 *
 * <ul>
 *   <li>two online applications where that unit offers a service online (else at the counter) and
 *       one at the counter; one of them in progress, one awaiting documents;
 *   <li>two overdue cases received by post or phone weeks ago, both followed up (稽催) by the
 *       agency's quality officer, one of the follow-ups answered by the officer;
 *   <li>a case due today, on a working day;
 *   <li>an unhappy one: refused, with the way to appeal, and closed.
 * </ul>
 *
 * Each group is filed only when the head's unit has nothing of its kind (no case at all, no overdue
 * case, none due today, none closed), so a restart adds nothing that is still there, and a demo
 * database from an older version gets the groups it lacks.
 */
@Component
@Profile("demo")
class DemoApplications {

  /** The period to supply documents the demo's supplement request gives (補正期間, 7 days). */
  private static final int DEMO_SUPPLEMENT_DAYS = 7;

  private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);
  private static final Map<String, String> PREFIXES =
      Map.of(
          "YILAN-JIAOXI",
          "jiaoxi",
          "YILAN-TOUCHENG",
          "toucheng",
          "KH-FENGSHAN-HR1",
          "fengshan",
          "TN-YANSHUI",
          "yanshui",
          "HC-EAST-HEALTH",
          "easthealth",
          "CH-PLANNING",
          "planning");
  private static final List<String> NAMES = List.of("林怡君", "陳志明", "王淑芬", "張家豪", "李美華", "黃俊傑");

  private final Intake intake;
  private final Catalogue catalogue;
  private final Organisation organisation;
  private final CaseWork cases;
  private final WorkingCalendar calendar;
  private final Clock clock;

  DemoApplications(
      Intake intake,
      Catalogue catalogue,
      Organisation organisation,
      CaseWork cases,
      WorkingCalendar calendar,
      Clock clock) {
    this.intake = intake;
    this.catalogue = catalogue;
    this.organisation = organisation;
    this.cases = cases;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The staff of one demo agency that the demo cases involve. */
  private record Staff(
      String prefix,
      StaffPrincipal head,
      StaffPrincipal officer,
      @Nullable StaffPrincipal quality) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(200)
  void load() {
    int filed = 0;
    for (Map.Entry<String, String> agency : PREFIXES.entrySet()) {
      filed += loadAgency(new AgencyCode(agency.getKey()), agency.getValue());
    }
    log.info("Demo applications: {} filed", filed);
  }

  private int loadAgency(AgencyCode agency, String prefix) {
    Optional<StaffPrincipal> head = organisation.accountForSignIn(prefix + ".head");
    Optional<StaffPrincipal> officer = organisation.accountForSignIn(prefix + ".officer");
    if (head.isEmpty() || officer.isEmpty() || head.get().unitId() == null) {
      return 0;
    }
    Staff staff =
        new Staff(
            prefix,
            head.get(),
            officer.get(),
            organisation.accountForSignIn(prefix + ".quality").orElse(null));
    List<ServiceVersion> services =
        catalogue.published(ServiceFilter.allOf(agency)).items().stream()
            .filter(s -> s.unitId() == staff.head().unitId())
            .toList();
    ServiceVersion counter = first(services, Channel.COUNTER);
    if (counter == null) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    int filed = 0;
    if (none(staff, CaseQuery.Filter.NONE)) {
      filed += fileFirstThree(staff, first(services, Channel.ONLINE), counter);
    }
    List<ServiceVersion> dated =
        services.stream()
            .filter(s -> s.content().offers(Channel.PHONE) || s.content().offers(Channel.MAIL))
            .toList();
    if (!dated.isEmpty() && none(staff, new CaseQuery.Filter(Set.of(), null, null, null, true))) {
      filed += fileOverdue(staff, dated.get(0), today);
    }
    if (none(staff, new CaseQuery.Filter(Set.of(), null, null, today, today, false))) {
      filed += fileDueToday(staff, dated, today);
    }
    if (none(staff, new CaseQuery.Filter(Set.of(CaseStatus.CLOSED), null, null, null, false))) {
      filed += fileRefused(staff, counter, today);
    }
    return filed;
  }

  private boolean none(Staff staff, CaseQuery.Filter filter) {
    return cases
        .list(
            new CaseQuery(staff.head(), CaseQuery.View.ALL, filter, CaseQuery.Sort.NUMBER, null, 1))
        .rows()
        .isEmpty();
  }

  private static @Nullable ServiceVersion first(List<ServiceVersion> services, Channel channel) {
    return services.stream().filter(s -> s.content().offers(channel)).findFirst().orElse(null);
  }

  private int fileFirstThree(Staff staff, @Nullable ServiceVersion online, ServiceVersion counter) {
    Submitter clerk = clerk(staff);
    CaseNumber first =
        online == null
            ? file(counter, Channel.COUNTER, 0, clerk, null)
            : file(online, Channel.ONLINE, 0, Submitter.citizen(), null);
    CaseNumber second =
        online == null
            ? file(counter, Channel.COUNTER, 1, clerk, null)
            : file(online, Channel.ONLINE, 1, Submitter.citizen(), null);
    file(counter, Channel.COUNTER, 2, clerk, null);
    start(staff, first);
    int version = start(staff, second);
    cases.requestSupplement(
        staff.officer(),
        new CaseCommand.RequestSupplement(
            second, version, List.of("身分證影本", "最近三個月之存摺封面影本"), DEMO_SUPPLEMENT_DAYS));
    return 3;
  }

  /**
   * Two cases received on the latest days (within intake's 60 days back) whose due dates are at
   * least two and ten days past; both followed up, the first follow-up answered.
   */
  private int fileOverdue(Staff staff, ServiceVersion service, LocalDate today) {
    int filed = 0;
    for (int overdueBy : List.of(2, 10)) {
      LocalDate received =
          receivedFor(service, today, due -> due.isBefore(today.minusDays(overdueBy - 1)));
      if (received == null) {
        continue;
      }
      CaseNumber number = file(service, channelOf(service), 3 + filed, clerk(staff), received);
      start(staff, number);
      filed++;
      if (staff.quality() != null) {
        cases.followUp(
            staff.quality(),
            new CaseCommand.FollowUp(number, null, "本案已逾處理期限，請承辦人於三日內說明辦理情形並儘速辦結。"));
        if (overdueBy == 2) {
          cases.answerFollowUp(
              staff.officer(), new CaseCommand.AnswerFollowUp(number, null, "已聯繫申請人補充說明，預計本週內辦結。"));
        }
      }
    }
    return filed;
  }

  /**
   * One case due today, from the first of {@code services} with a receiving day that gives it: a
   * 30-calendar-day limit cannot fall due on a Tuesday (it would have been received on a Saturday),
   * so the other services of the unit are tried. On a day off nothing is due.
   */
  private int fileDueToday(Staff staff, List<ServiceVersion> services, LocalDate today) {
    for (ServiceVersion service : services) {
      LocalDate received = receivedFor(service, today, due -> due.equals(today));
      if (received != null) {
        start(staff, file(service, channelOf(service), 5, clerk(staff), received));
        return 1;
      }
    }
    return 0;
  }

  private int fileRefused(Staff staff, ServiceVersion service, LocalDate today) {
    CaseNumber number = file(service, Channel.COUNTER, 6, clerk(staff), null);
    int version = start(staff, number);
    version =
        cases
            .decide(
                staff.officer(),
                new CaseCommand.Decide(
                    number,
                    version,
                    Decision.REJECTED,
                    "經查申請人不符申請資格，歉難同意所請。",
                    "如不服本處分，得自收受處分書之次日起三十日內，繕具訴願書經由本機關向上級機關提起訴願。"))
            .version();
    cases.close(staff.officer(), new CaseCommand.Close(number, version));
    return 1;
  }

  /**
   * The latest day at most 60 days back on which receiving {@code service} gives a due date that
   * {@code wanted} accepts, per the agency's calendar; {@code null} when there is none.
   */
  private @Nullable LocalDate receivedFor(
      ServiceVersion service, LocalDate today, java.util.function.Predicate<LocalDate> wanted) {
    for (int back = 0; back <= ApplicationCheck.MAX_DAYS_BACK; back++) {
      LocalDate received = today.minusDays(back);
      if (calendar.isWorkingDay(service.agency(), received)
          && wanted.test(dueDay(service, received))) {
        return received;
      }
    }
    return null;
  }

  /** The due date; for an hours limit, the day of its due moment (demo limits are short). */
  private LocalDate dueDay(ServiceVersion service, LocalDate received) {
    TimeLimit limit = service.content().effectiveTimeLimit();
    return limit.unit() == TimeLimit.Unit.HOURS
        ? received.plusDays(limit.amount() / 24)
        : calendar.dueDate(service.agency(), received, limit);
  }

  /** Phone calls, letters and the counter are registered by the agency's counter clerk. */
  private static Submitter clerk(Staff staff) {
    return Submitter.staff(staff.prefix() + ".clerk", staff.head().agencyCode());
  }

  private static Channel channelOf(ServiceVersion service) {
    return service.content().offers(Channel.PHONE) ? Channel.PHONE : Channel.MAIL;
  }

  /** Assigns the case to the officer and starts it; the case's version after. */
  private int start(Staff staff, CaseNumber number) {
    int version =
        cases
            .assign(staff.head(), new CaseCommand.Assign(number, 0, staff.officer().getUsername()))
            .version();
    return cases.start(staff.officer(), new CaseCommand.Start(number, version)).version();
  }

  /**
   * Files application {@code n} (0–2 the first three, 3–4 overdue, 5 due today, 6 refused; each
   * {@code n} once a day, as the idempotency key says).
   */
  private CaseNumber file(
      ServiceVersion service,
      Channel channel,
      int n,
      Submitter by,
      @Nullable LocalDate receivedOn) {
    String name = NAMES.get(n % NAMES.size());
    LocalDate postmark =
        channel == Channel.MAIL && receivedOn != null ? receivedOn.minusDays(1) : null;
    Application application =
        new Application(
            service.code().value(),
            channel,
            new Application.ApplicantForm(
                name, null, "demo" + n + "@example.invalid", "0912345678", null, "zh-TW", "EMAIL"),
            values(service.content().fields()),
            true,
            receivedOn,
            postmark);
    String key = "demo:" + service.code().value() + ":" + n + ":" + LocalDate.now(clock);
    return intake.apply(key, application, by, Locale.TAIWAN).caseNumber();
  }

  private Map<String, String> values(List<FormField> fields) {
    Map<String, String> values = new LinkedHashMap<>();
    for (FormField f : fields) {
      values.put(
          f.name(),
          switch (f.type()) {
            case TEXT, PARAGRAPH -> "示範申請";
            case NUMBER -> "1";
            case DATE -> LocalDate.now(clock).toString();
            case CHOICE -> f.choices().get(0).value();
            case ADDRESS -> "宜蘭縣礁溪鄉中山路二段 1 號";
            case NATIONAL_ID -> "A123456789";
          });
    }
    return values;
  }
}
