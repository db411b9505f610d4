// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.faq;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.platform.error.DomainException;

/**
 * Loads the demo FAQ in the {@code demo} profile, after the demo organisation and catalogue: every
 * {@code classpath:demo/faq/*.json} (one file per agency, the format in docs/faq.md), then some
 * votes and views for each published entry that has none, so that the feedback page and the
 * indicator have something to show. Idempotent: categories and entries that exist are left alone,
 * an entry whose unit is unknown or whose text is refused is skipped with a warning naming its
 * code.
 */
@Component
@Profile("demo")
class DemoFaqLoader {

  static final String FILES = "classpath*:demo/faq/*.json";

  private static final Logger LOG = LoggerFactory.getLogger(DemoFaqLoader.class);
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Faq faq;
  private final FaqStore store;
  private final FaqFeedback feedback;
  private final Organisation organisation;
  private final TransactionTemplate tx;

  DemoFaqLoader(
      Faq faq,
      FaqStore store,
      FaqFeedback feedback,
      Organisation organisation,
      TransactionTemplate tx) {
    this.faq = faq;
    this.store = store;
    this.feedback = feedback;
    this.organisation = organisation;
    this.tx = tx;
  }

  /** A demo file: one agency's categories and entries. */
  record DemoFile(
      String agency, @Nullable List<DemoCategory> categories, @Nullable List<DemoEntry> entries) {}

  /** A text in both languages; {@code en} may be absent. */
  record Text(@Nullable String zh, @Nullable String en) {
    String zhOr() {
      return zh == null ? "" : zh;
    }

    String enOr() {
      return en == null ? "" : en;
    }
  }

  record DemoCategory(String code, Text name) {}

  record DemoEntry(
      String code,
      String category,
      String unit,
      @Nullable String status,
      Text question,
      Text answer,
      @Nullable List<String> services,
      @Nullable Text notes,
      @Nullable List<Text> sop,
      @Nullable Integer reviewMonths) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(350)
  void load() throws IOException {
    int created = 0;
    for (Resource file : new PathMatchingResourcePatternResolver().getResources(FILES)) {
      try (InputStream in = file.getInputStream()) {
        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        created += Optional.ofNullable(tx.execute(status -> loadJson(json))).orElse(0);
      }
    }
    LOG.info("Demo FAQ: {} new entries", created);
  }

  /** One demo file read, unchecked. */
  static DemoFile parse(String json) {
    return JSON.readValue(json, DemoFile.class);
  }

  /** Loads one file's content; how many entries it created. */
  int loadJson(String json) {
    DemoFile file = parse(json);
    AgencyCode agency = new AgencyCode(file.agency());
    if (!organisation.exists(agency)) {
      LOG.warn("Demo FAQ: agency {} does not exist; file skipped", file.agency());
      return 0;
    }
    List<DemoCategory> categories = file.categories() == null ? List.of() : file.categories();
    for (int i = 0; i < categories.size(); i++) {
      DemoCategory c = categories.get(i);
      if (store.category(agency, c.code()).isEmpty()) {
        faq.saveDemoCategory(
            new FaqCommands.SaveCategory(
                agency, c.code(), c.name().zhOr(), c.name().enOr(), (i + 1) * 10));
      }
    }
    int created = 0;
    for (DemoEntry e : file.entries() == null ? List.<DemoEntry>of() : file.entries()) {
      created += entry(agency, e) ? 1 : 0;
    }
    seedFeedback(agency);
    return created;
  }

  private boolean entry(AgencyCode agency, DemoEntry e) {
    Optional<Long> unit =
        organisation.units(agency).stream()
            .filter(u -> u.code().equals(e.unit()))
            .findFirst()
            .map(Unit::id);
    if (unit.isEmpty()) {
      LOG.warn("Demo FAQ: entry {} names no unit of {}; skipped", e.code(), agency);
      return false;
    }
    List<Text> sop = e.sop() == null ? List.of() : e.sop();
    Text notes = e.notes() == null ? new Text("", "") : e.notes();
    int months = e.reviewMonths() == null ? 12 : e.reviewMonths();
    FaqStatus status = "DRAFT".equals(e.status()) ? FaqStatus.DRAFT : FaqStatus.PUBLISHED;
    FaqCommands.Save save =
        new FaqCommands.Save(
            agency,
            e.code(),
            e.category(),
            unit.get(),
            e.question().zhOr(),
            e.question().enOr(),
            e.answer().zhOr(),
            e.answer().enOr(),
            e.services() == null ? List.of() : e.services(),
            notes.zhOr(),
            notes.enOr(),
            sop.stream().map(Text::zhOr).toList(),
            sop.stream().map(Text::enOr).toList(),
            faq.today().plusMonths(months));
    try {
      return faq.importEntry(save, status, "demo");
    } catch (DomainException | IllegalArgumentException ex) {
      LOG.warn("Demo FAQ: entry {} refused ({}); skipped", e.code(), ex.getMessage());
      return false;
    }
  }

  /**
   * Votes and views over the last six months for each published entry without any, drawn the same
   * on every run from the entry's code; about one entry in five draws mostly "no".
   */
  private void seedFeedback(AgencyCode agency) {
    LocalDate today = faq.today();
    for (FaqViews.Entry e : faq.published(agency)) {
      if (feedback.anyFeedback(e.code())) {
        continue;
      }
      java.util.Random draw = new java.util.Random(e.code().value().hashCode());
      boolean poor = draw.nextInt(5) == 0;
      for (int day = 180; day >= 1; day -= 3) {
        int views = 1 + draw.nextInt(12);
        int votes = draw.nextInt(Math.max(1, views / 3) + 1);
        int no = poor ? votes - draw.nextInt(Math.max(1, votes / 3) + 1) : draw.nextInt(2);
        no = Math.max(0, Math.min(no, votes));
        feedback.seed(e.code(), today.minusDays(day), votes - no, no, views);
      }
    }
  }
}
