// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.Agency;
import tw.civicdesk.organisation.Organisation;
import tw.civicdesk.platform.i18n.BilingualText;
import tw.civicdesk.search.SearchDocument;
import tw.civicdesk.search.SearchSource;

/**
 * Plans made findable (kind {@code plan}, reference the plan's id): every agency plan that is
 * published, in execution or closed — never a draft or a merely approved one — with its title,
 * goals, sections, headings and practices, linked to the agency's public plan page. A plan is put
 * when it becomes public and again on each revision while public.
 */
@Component
class PlanSearchSource implements SearchSource {

  /** The kind of plans in the search index. */
  static final String KIND = "plan";

  private final PlanStore store;
  private final Organisation organisation;

  PlanSearchSource(PlanStore store, Organisation organisation) {
    this.store = store;
    this.organisation = organisation;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  @Transactional(readOnly = true)
  public void forEach(Consumer<SearchDocument> sink) {
    List<String> agencies =
        organisation.agencies().stream().map(Agency::code).map(a -> a.value()).toList();
    store.ofAgencies(agencies).stream()
        .filter(PlanSearchSource::findable)
        .forEach(p -> sink.accept(document(p)));
  }

  /** Whether {@code plan} belongs in the index. */
  static boolean findable(Plan plan) {
    return plan.kind() == PlanKind.PLAN && plan.status().isPublic();
  }

  /** The public text of {@code plan}: plans are written in Chinese, so both languages hold it. */
  static SearchDocument document(Plan plan) {
    List<String> parts = new ArrayList<>(plan.content().goals());
    plan.content().sections().forEach(s -> parts.add(s.heading() + " " + s.text()));
    plan.content().nodes().forEach(n -> collect(n, parts));
    String body = String.join(" ", parts);
    String title = plan.year() + " " + plan.title();
    return new SearchDocument(
        KIND,
        String.valueOf(plan.id()),
        plan.agencyCode(),
        new BilingualText(title, title),
        new BilingualText(body, ""),
        "/agencies/" + plan.agencyCode() + "/plan");
  }

  private static void collect(PlanNode node, List<String> parts) {
    parts.add(node.title());
    node.practices().forEach(p -> parts.add(p.text()));
    node.children().forEach(c -> collect(c, parts));
  }
}
