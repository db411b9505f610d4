// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;

/**
 * The demo profile's surveys, after the demo organisation, catalogue, cases and plans: in each seed
 * agency a counter survey, a post-case survey and a staff survey from the template library, open; a
 * registered (not yet activated) kiosk at 礁溪's civil-affairs counter; a year of answers before the
 * clock's today in which overall satisfaction rises from about 72 % to 88 % while 洽公環境 lags and
 * catches up in the last quarter, over kiosk, QR, online, paper and phone answers, units and
 * services, with "not applicable" and comments; post-case answers tied to the agency's decided demo
 * cases; the answers of four of each agency's six demo accounts to the staff survey (the quality
 * officer and the clerk are left to try it); and, as back-dated history, a smaller year of answers
 * inside the year of the agency's demo plan, so that the plan's satisfaction indicator has a value.
 *
 * <p>The same on every start (seeded random numbers, days counted back from the clock's today) and
 * idempotent: a survey that exists is left as it is, and a survey that has answers gets none.
 */
@Component
@Profile("demo")
class DemoSurveys {

  private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  /** The "too few answers" threshold of the demo's citizen surveys and of its staff surveys. */
  static final int TOO_FEW = 30;

  static final int STAFF_TOO_FEW = 5;

  /**
   * One seed agency: the start of its survey codes, its demo accounts' prefix, the year of its demo
   * plan, how many counter answers a year it gets and through which channels, whether it has a
   * kiosk, and the seed of its random numbers.
   */
  record Seed(
      AgencyCode agency,
      String prefix,
      String accounts,
      int planYear,
      int yearly,
      Map<SurveyChannel, Integer> channels,
      boolean kiosk,
      long random) {

    /** Keeps the channels in their declared order, so the same seed draws the same answers. */
    Seed {
      channels = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(channels));
    }
  }

  /** Days from a decision to its answer, with their weights, in a fixed order. */
  private static final Map<Integer, Integer> ANSWER_DELAYS = delays();

  private static Map<Integer, Integer> delays() {
    Map<Integer, Integer> delays = new LinkedHashMap<>();
    delays.put(0, 3);
    delays.put(1, 4);
    delays.put(2, 2);
    delays.put(5, 1);
    return java.util.Collections.unmodifiableMap(delays);
  }

  static final List<Seed> SEEDS =
      List.of(
          seed("YILAN-JIAOXI", "JIAOXI", "jiaoxi", 2010, 1200, true),
          seed("KH-FENGSHAN-HR1", "FENGSHAN", "fengshan", 2008, 1500, false),
          seed("TN-YANSHUI", "YANSHUI", "yanshui", 2016, 800, false),
          seed("HC-EAST-HEALTH", "EAST-HEALTH", "easthealth", 2017, 600, false),
          seed("CH-PLANNING", "CH-PLANNING", "planning", 2017, 400, false));

  private final Surveys surveys;
  private final Kiosks kiosks;
  private final DemoSurveyStore store;
  private final DemoSurveySources sources;
  private final TransactionTemplate tx;
  private final Clock clock;

  DemoSurveys(
      Surveys surveys,
      Kiosks kiosks,
      DemoSurveyStore store,
      DemoSurveySources sources,
      TransactionTemplate tx,
      Clock clock) {
    this.surveys = surveys;
    this.kiosks = kiosks;
    this.store = store;
    this.sources = sources;
    this.tx = tx;
    this.clock = clock;
  }

  private static Seed seed(
      String agency, String prefix, String accounts, int planYear, int yearly, boolean kiosk) {
    Map<SurveyChannel, Integer> channels = new LinkedHashMap<>();
    if (kiosk) {
      channels.put(SurveyChannel.KIOSK, 40);
    }
    boolean department = agency.equals("CH-PLANNING");
    channels.put(SurveyChannel.QR, department ? 10 : 25);
    channels.put(SurveyChannel.ONLINE, department ? 35 : 15);
    channels.put(SurveyChannel.PAPER, department ? 15 : 30);
    // 彰化's plan calls its citizens back (外撥滿意度調查).
    channels.put(SurveyChannel.PHONE, department ? 40 : 10);
    return new Seed(
        new AgencyCode(agency),
        prefix,
        accounts,
        planYear,
        yearly,
        channels,
        kiosk,
        planYear * 31L + yearly);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(400)
  void load() {
    long started = System.nanoTime();
    int answers = 0;
    for (Seed seed : SEEDS) {
      if (sources.exists(seed.agency())) {
        Integer added = tx.execute(status -> loadAgency(seed));
        answers += added == null ? 0 : added;
      }
    }
    log.info(
        "Demo surveys: {} answers in {} ms", answers, (System.nanoTime() - started) / 1_000_000);
  }

  /** The surveys, kiosk and answers of {@code seed}'s agency that are missing; how many answers. */
  int loadAgency(Seed seed) {
    StaffPrincipal quality = sources.account(seed.accounts() + ".quality").orElse(null);
    if (quality == null) {
      return 0;
    }
    SurveyView counter = ensure(quality, seed, "counter", "-COUNTER", TOO_FEW);
    SurveyView postCase = ensure(quality, seed, "post-case", "-POST-CASE", TOO_FEW);
    SurveyView staff = ensure(quality, seed, "staff", "-STAFF", STAFF_TOO_FEW);
    LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
    DemoAnswers random = new DemoAnswers(seed.random());
    DemoSurveyStore.Target counterRow = store.target(counter.code());
    Long kiosk = seed.kiosk() ? kiosk(seed, counter, quality) : null;
    int added = 0;
    if (counter.answers() == 0) {
      added += store.insert(counterRow, counterYear(seed, counter, random, today, kiosk)).size();
      added += store.insert(counterRow, planYear(seed, counter, random)).size();
    }
    if (postCase.answers() == 0 && postCase.isOpen()) {
      added +=
          store
              .insert(store.target(postCase.code()), postCase(seed, postCase, random, today))
              .size();
    }
    if (staff.answers() == 0 && staff.isOpen()) {
      added += staffAnswers(seed, staff, random, today);
    }
    return added;
  }

  /** The survey {@code <prefix><suffix>} from template {@code template}, created and opened. */
  private SurveyView ensure(
      StaffPrincipal quality, Seed seed, String template, String suffix, int tooFew) {
    SurveyCode code = new SurveyCode(seed.prefix() + suffix);
    SurveyView existing = surveys.find(code).orElse(null);
    if (existing != null) {
      return existing;
    }
    SurveyTemplates.SurveyTemplate t = SurveyTemplates.find(template).orElseThrow();
    surveys.create(
        quality,
        new SurveyCommands.Create(seed.agency(), code, t.purpose(), tooFew, t.questionnaire()));
    try {
      return surveys.open(quality, code);
    } catch (ConflictException e) {
      // another post-case survey of the agency is open already: this one stays a draft
      return surveys.find(code).orElseThrow();
    }
  }

  /**
   * The kiosk at the agency's civil-affairs counter (its first unit otherwise), registered and
   * activated through {@link Kiosks} as a quality officer would; the demo keeps neither its link
   * nor its device's token, so it only gives the demo's kiosk answers a kiosk to name (a demo user
   * registers a device of their own on the kiosk page).
   */
  private @Nullable Long kiosk(Seed seed, SurveyView counter, StaffPrincipal by) {
    Long existing =
        kiosks.overview(by).kiosks().stream()
            .filter(k -> k.survey().equals(counter.code()))
            .map(Kiosk::id)
            .findFirst()
            .orElse(null);
    if (existing != null || !counter.isOpen()) {
      return existing;
    }
    Kiosks.Registered registered =
        kiosks.register(by, new Kiosks.Register("民政課服務台平板", counter.code(), counterUnit(seed)));
    kiosks.activate(registered.linkToken(), "127.0.0.1");
    return registered.kiosk().id();
  }

  private @Nullable Long counterUnit(Seed seed) {
    return sources.units(seed.agency()).keySet().stream()
        .filter(u -> u.code().equals("CIVIL"))
        .findFirst()
        .or(() -> sources.units(seed.agency()).keySet().stream().findFirst())
        .map(tw.civicdesk.organisation.Unit::id)
        .orElse(null);
  }

  /** The counter survey's answers over the 12 months before {@code today}, rising. */
  private List<DemoSurveyStore.Response> counterYear(
      Seed seed, SurveyView counter, DemoAnswers random, LocalDate today, @Nullable Long kiosk) {
    DemoAnswers.Trend trend =
        new DemoAnswers.Trend(today.minusDays(365), today.minusDays(1), 0.72, 0.88, 0.14, true);
    Map<SurveyChannel, Integer> channels = new LinkedHashMap<>(seed.channels());
    if (kiosk == null) {
      channels.remove(SurveyChannel.KIOSK);
    }
    DemoOrigins origins =
        new DemoOrigins(
            random,
            sources.units(seed.agency()),
            sources.services(seed.agency()),
            kiosk,
            counterUnit(seed));
    return answers(counter, random, trend, seed.yearly(), channels, origins);
  }

  /**
   * Back-dated demo history: 300 answers inside the year of the agency's demo plan (2008, 2010,
   * 2016 or 2017), so that the plan's satisfaction indicator shows a value. They belong to version
   * 1 of the counter survey although the survey was made today; in those years answers came on
   * paper and by phone, later also online and by QR code. There are no kiosk answers then.
   */
  private List<DemoSurveyStore.Response> planYear(
      Seed seed, SurveyView counter, DemoAnswers random) {
    LocalDate from = LocalDate.of(seed.planYear(), 1, 1);
    DemoAnswers.Trend trend =
        new DemoAnswers.Trend(from, from.plusYears(1).minusDays(1), 0.66, 0.75, 0.12, false);
    Map<SurveyChannel, Integer> channels = new LinkedHashMap<>();
    channels.put(SurveyChannel.PAPER, seed.planYear() < 2012 ? 80 : 55);
    channels.put(SurveyChannel.PHONE, seed.planYear() < 2012 ? 20 : 10);
    if (seed.planYear() >= 2012) {
      channels.put(SurveyChannel.ONLINE, 20);
      channels.put(SurveyChannel.QR, 15);
    }
    DemoOrigins origins =
        new DemoOrigins(
            random, sources.units(seed.agency()), sources.services(seed.agency()), null, null);
    return answers(counter, random, trend, 300, channels, origins);
  }

  private static List<DemoSurveyStore.Response> answers(
      SurveyView survey,
      DemoAnswers random,
      DemoAnswers.Trend trend,
      int count,
      Map<SurveyChannel, Integer> channels,
      DemoOrigins origins) {
    List<DemoSurveyStore.Response> responses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      SurveyChannel channel = random.pick(channels);
      LocalDate day = random.day(trend.from(), trend.to(), channel != SurveyChannel.ONLINE);
      responses.add(
          new DemoSurveyStore.Response(
              channel,
              day,
              origins.of(channel),
              random.answers(survey.questionnaire(), trend, day, channel)));
    }
    responses.sort(Comparator.comparing(DemoSurveyStore.Response::on));
    return responses;
  }

  /** About three in four of the agency's decided cases answered, a few days after the decision. */
  private List<DemoSurveyStore.Response> postCase(
      Seed seed, SurveyView survey, DemoAnswers random, LocalDate today) {
    DemoAnswers.Trend trend =
        new DemoAnswers.Trend(today.minusDays(365), today.minusDays(1), 0.70, 0.86, 0.10, true);
    List<DemoSurveyStore.Response> responses = new ArrayList<>();
    for (DemoSurveySources.DecidedCase c : sources.decided(seed.agency())) {
      if (random.chance(0.75)) {
        LocalDate day = c.on().plusDays(random.pick(ANSWER_DELAYS));
        LocalDate on = day.isAfter(today) ? today : day;
        responses.add(
            new DemoSurveyStore.Response(
                SurveyChannel.CASE,
                on,
                new SurveyStore.Origin(c.unitId(), c.serviceCode(), c.number(), null, null),
                random.answers(survey.questionnaire(), trend, on, SurveyChannel.CASE)));
      }
    }
    responses.sort(Comparator.comparing(DemoSurveyStore.Response::on));
    return responses;
  }

  /** The staff survey's answers of four demo accounts, each marked as having answered. */
  private int staffAnswers(Seed seed, SurveyView staff, DemoAnswers random, LocalDate today) {
    DemoAnswers.Trend trend =
        new DemoAnswers.Trend(today.minusDays(30), today.minusDays(1), 0.70, 0.72, 0.12, false);
    List<Long> accounts = new ArrayList<>();
    List<DemoSurveyStore.Response> responses = new ArrayList<>();
    for (String role : List.of("officer", "head", "admin", "director")) {
      sources
          .account(seed.accounts() + "." + role)
          .ifPresent(
              account -> {
                accounts.add(account.id());
                LocalDate day = random.day(trend.from(), trend.to(), true);
                responses.add(
                    new DemoSurveyStore.Response(
                        SurveyChannel.STAFF,
                        day,
                        SurveyStore.Origin.NONE,
                        random.answers(staff.questionnaire(), trend, day, SurveyChannel.STAFF)));
              });
    }
    responses.sort(Comparator.comparing(DemoSurveyStore.Response::on));
    DemoSurveyStore.Target target = store.target(staff.code());
    store.participate(target, accounts);
    return store.insert(target, responses).size();
  }
}
