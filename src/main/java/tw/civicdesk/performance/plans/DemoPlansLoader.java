// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tw.civicdesk.organisation.AgencyCode;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.organisation.Unit;
import tw.civicdesk.performance.frameworks.Framework;
import tw.civicdesk.performance.frameworks.Frameworks;
import tw.civicdesk.search.SearchIndex;

/**
 * Loads the five seed plans ({@code shared/seeds/}), a demo plan of a second Yilan township (頭城,
 * not a seed: so that the county's overview compares two) and the county templates they cite from
 * {@code classpath:demo/plans/*.json} in the {@code demo} profile, after the demo organisation
 * (whose units they name). Each is checked with {@link PlanValidation} (bad demo data fails the
 * start), inserted, and taken through the lifecycle so the public reads it: a template to
 * PUBLISHED, an agency's plan to IN_EXECUTION, with its history dated on the document's date. Each
 * agency's plan is followed by its plan of this year (the injected clock's, in Taiwan), derived
 * from it by {@link CurrentYearDemoPlans} and also in execution (ADR 0058), so the plan pages, the
 * year's report and the overview show indicators computed from the demo's work, which is dated this
 * year. Idempotent: a plan or template that exists is left alone.
 */
@Component
@Profile("demo")
class DemoPlansLoader {

  /** The resources, templates before the plans derived from them. */
  static final List<String> RESOURCES =
      List.of(
          "yilan-county-2010-template",
          "yilan-jiaoxi-2010",
          "yilan-toucheng-2010",
          "kaohsiung-county-2008-template",
          "kh-fengshan-hr1-2008",
          "tn-yanshui-2016",
          "hc-east-health-2017",
          "changhua-county-2017-template",
          "ch-planning-2017");

  /**
   * The prefix of each agency's demo accounts ({@code jiaoxi.director}, {@code jiaoxi.quality}).
   */
  static final Map<String, String> ACCOUNTS =
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

  private static final Logger log = LoggerFactory.getLogger(DemoPlansLoader.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  /** The template a plan cites, by agency and year. */
  record TemplateKey(String agency, int year) {}

  /**
   * One resource: the plan's header and its content. {@code date} is the document's own date, if it
   * gives one; {@code skeleton} makes the tree the framework's (a template whose text is not in the
   * seeds).
   */
  record DemoPlan(
      String agency,
      int year,
      PlanKind kind,
      String title,
      @Nullable String frameworkCode,
      @Nullable LocalDate date,
      @Nullable String approvalRef,
      @Nullable TemplateKey template,
      boolean skeleton,
      PlanContent content) {}

  private final PlanStore store;
  private final Frameworks frameworks;
  private final Organisation organisation;
  private final TransactionTemplate tx;
  private final SearchIndex search;
  private final Clock clock;

  DemoPlansLoader(
      PlanStore store,
      Frameworks frameworks,
      Organisation organisation,
      TransactionTemplate tx,
      SearchIndex search,
      Clock clock) {
    this.store = store;
    this.frameworks = frameworks;
    this.organisation = organisation;
    this.tx = tx;
    this.search = search;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(300)
  void load() {
    Integer created = tx.execute(status -> loadAll());
    log.info("Demo plans: {} new plans and templates", created);
  }

  int loadAll() {
    int created = 0;
    LocalDate today = LocalDate.now(clock.withZone(TAIPEI));
    for (String name : RESOURCES) {
      DemoPlan demo = read(name);
      if (load(demo)) {
        created++;
      }
      if (demo.kind() == PlanKind.PLAN
          && demo.year() != today.getYear()
          && load(CurrentYearDemoPlans.of(demo, today))) {
        created++;
      }
    }
    return created;
  }

  static DemoPlan read(String name) {
    try (InputStream in = new ClassPathResource("demo/plans/" + name + ".json").getInputStream()) {
      return JSON.readValue(in, DemoPlan.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean load(DemoPlan demo) {
    if (store.find(demo.agency(), demo.year(), demo.kind()).isPresent()) {
      return false;
    }
    PlanContent content = demo.skeleton() ? skeleton(demo) : demo.content();
    PlanValidation.check(demo.title(), content, unitCodes(demo.agency()));
    Instant day = day(demo).atTime(LocalTime.of(9, 0)).atZone(TAIPEI).toInstant();
    String quality = account(demo.agency(), "quality");
    long id =
        store.insert(
            new Plan(
                0,
                demo.agency(),
                demo.year(),
                demo.kind(),
                templateId(demo),
                demo.frameworkCode(),
                demo.title(),
                PlanStatus.DRAFT,
                0,
                content,
                null,
                null,
                null,
                null,
                0),
            quality,
            day);
    store.record(id, PlanAction.CREATE, 0, null, quality, day, null);
    takeThroughLifecycle(id, demo, day, quality, account(demo.agency(), "director"));
    Plan loaded = store.find(id).orElseThrow();
    if (PlanSearchSource.findable(loaded)) {
      search.put(PlanSearchSource.document(loaded));
    }
    return true;
  }

  /** The id of the template the plan cites, or null if it cites none. */
  private @Nullable Long templateId(DemoPlan demo) {
    TemplateKey template = demo.template();
    if (template == null) {
      return null;
    }
    return store
        .find(template.agency(), template.year(), PlanKind.TEMPLATE)
        .orElseThrow(() -> new IllegalStateException("no template " + template))
        .id();
  }

  /** The agency's demo account with the role ({@code jiaoxi.quality}), or {@code demo}. */
  private static String account(String agency, String role) {
    String prefix = ACCOUNTS.get(agency);
    return prefix == null ? "demo" : prefix + "." + role;
  }

  /** Approves and publishes the new draft an hour apart; an agency's plan then starts. */
  private void takeThroughLifecycle(
      long id, DemoPlan demo, Instant day, String quality, String director) {
    int version = 0;
    version =
        step(id, version, PlanAction.APPROVE, director, day.plusSeconds(3600), demo.approvalRef());
    version = step(id, version, PlanAction.PUBLISH, quality, day.plusSeconds(7200), null);
    if (demo.kind() == PlanKind.PLAN) {
      step(id, version, PlanAction.START, quality, day.plusSeconds(10800), null);
    }
  }

  private int step(
      long id, int version, PlanAction action, String actor, Instant at, @Nullable String ref) {
    PlanStatus now = store.find(id).orElseThrow().status();
    PlanStatus next = now.after(action).orElseThrow();
    if (!store.move(id, version, next, actor, at, ref)) {
      throw new IllegalStateException("demo plan " + id + " changed while loading");
    }
    store.record(id, action, 0, ref, actor, at, null);
    return version + 1;
  }

  /**
   * The day the plan's history is dated: the document's date; else the latest of January 1 of its
   * year and the letters it cites, since a plan is not approved before the letters it follows.
   */
  static LocalDate day(DemoPlan demo) {
    if (demo.date() != null) {
      return demo.date();
    }
    return Stream.concat(
            Stream.of(LocalDate.of(demo.year(), 1, 1)),
            demo.content().basis().stream()
                .map(PlanContent.BasisLetter::date)
                .filter(d -> d != null))
        .max(LocalDate::compareTo)
        .orElseThrow();
  }

  /** The content with the tree of its framework, every node's id {@code f} and its path. */
  private PlanContent skeleton(DemoPlan demo) {
    String code = demo.frameworkCode();
    Framework framework =
        frameworks
            .find(code == null ? "" : code)
            .orElseThrow(() -> new IllegalStateException("no framework " + code));
    PlanContent tree = PlanSkeleton.of(framework);
    PlanContent c = demo.content();
    return new PlanContent(
        c.basis(),
        c.goals(),
        c.scope(),
        c.levels(),
        tree.nodes().stream().map(DemoPlansLoader::withPathIds).toList(),
        c.sections());
  }

  private static PlanNode withPathIds(PlanNode n) {
    String path = n.frameworkPath() == null ? "" : n.frameworkPath();
    return new PlanNode(
        "f" + path.replace(".", ""),
        n.kind(),
        n.title(),
        n.frameworkPath(),
        n.points(),
        n.note(),
        n.children().stream().map(DemoPlansLoader::withPathIds).toList(),
        n.practices());
  }

  private Set<String> unitCodes(String agency) {
    return organisation.units(new AgencyCode(agency)).stream()
        .map(Unit::code)
        .collect(Collectors.toSet());
  }
}
