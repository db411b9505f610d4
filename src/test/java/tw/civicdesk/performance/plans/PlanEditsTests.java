// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.civicdesk.performance.frameworks.NodeKind;
import tw.civicdesk.performance.plans.PlanEdits.Direction;
import tw.civicdesk.performance.plans.PlanEdits.Heading;
import tw.civicdesk.platform.error.NotFoundException;

/** One change at a time to a plan's tree, and what a revision changed. */
class PlanEditsTests {

  static Practice practice(String id, String text) {
    return new Practice(id, text, Deadline.ONGOING, List.of("U1"), null, List.of());
  }

  /** 構面 d1 → 項目 i1 (practices p1, p2), i2; 構面 d2. */
  static PlanContent tree() {
    PlanNode i1 =
        new PlanNode(
            "i1",
            NodeKind.ITEM,
            "服務流程",
            "01.01",
            200,
            null,
            List.of(),
            List.of(practice("p1", "公文稽催"), practice("p2", "線上表單")));
    PlanNode i2 = new PlanNode("i2", NodeKind.ITEM, "機關形象", null, null, null, List.of(), List.of());
    PlanNode d1 =
        new PlanNode(
            "d1", NodeKind.DIMENSION, "優質便民服務", "01", 400, null, List.of(i1, i2), List.of());
    PlanNode d2 =
        new PlanNode("d2", NodeKind.DIMENSION, "資訊網路服務", "02", 300, null, List.of(), List.of());
    return new PlanContent(
        List.of(), List.of("提升品質"), List.of(), List.of("構面", "項目"), List.of(d1, d2), List.of());
  }

  private static List<String> ids(List<PlanNode> nodes) {
    return nodes.stream().map(PlanNode::id).toList();
  }

  @Test
  void aHeadingIsAddedLastUnderItsParentOrAtTheTop() {
    PlanContent c =
        PlanEdits.addNode(
            tree(), "d1", "i3", new Heading(NodeKind.ITEM, "顧客關係", "01.03", 100, "說明"));
    assertThat(ids(c.nodes().get(0).children())).containsExactly("i1", "i2", "i3");
    assertThat(PlanEdits.node(c, "i3").orElseThrow().note()).isEqualTo("說明");
    c = PlanEdits.addNode(c, null, "d3", new Heading(NodeKind.DIMENSION, "創新", null, null, null));
    assertThat(ids(c.nodes())).containsExactly("d1", "d2", "d3");
    assertThat(PlanEdits.pathOf(c, "i3")).contains("nodes[0].children[2]");
  }

  @Test
  void changingAHeadingKeepsWhatIsBelowIt() {
    PlanContent c =
        PlanEdits.editNode(
            tree(), "i1", new Heading(NodeKind.INDICATOR, "服務流程便捷性", null, 150, null));
    PlanNode i1 = PlanEdits.node(c, "i1").orElseThrow();
    assertThat(i1.kind()).isEqualTo(NodeKind.INDICATOR);
    assertThat(i1.points()).isEqualTo(150);
    assertThat(i1.practices()).extracting(Practice::id).containsExactly("p1", "p2");
  }

  @Test
  void removingAHeadingRemovesItsPracticesToo() {
    PlanContent c = PlanEdits.removeNode(tree(), "i1");
    assertThat(ids(c.nodes().get(0).children())).containsExactly("i2");
    assertThat(c.practices()).isEmpty();
  }

  @Test
  void headingsMoveAmongTheirSiblingsAndStayPutAtTheEnds() {
    PlanContent c = PlanEdits.moveNode(tree(), "i2", Direction.UP);
    assertThat(ids(c.nodes().get(0).children())).containsExactly("i2", "i1");
    c = PlanEdits.moveNode(c, "i2", Direction.UP);
    assertThat(ids(c.nodes().get(0).children())).containsExactly("i2", "i1");
    c = PlanEdits.moveNode(c, "d1", Direction.DOWN);
    assertThat(ids(c.nodes())).containsExactly("d2", "d1");
  }

  @Test
  void practicesAreAddedChangedMovedAndRemovedByTheirId() {
    PlanContent c = PlanEdits.addPractice(tree(), "i2", practice("p3", "服務禮儀訓練"));
    assertThat(PlanEdits.holderOf(c, "p3").orElseThrow().id()).isEqualTo("i2");
    assertThat(PlanEdits.pathOf(c, "p3")).contains("nodes[0].children[1].practices[0]");
    c =
        PlanEdits.editPractice(
            c,
            "p1",
            new Practice(
                "ignored",
                "每月公文稽催",
                Deadline.on(LocalDate.of(2026, 6, 30)),
                List.of(Practice.ALL_UNITS),
                "零逾期",
                List.of()));
    assertThat(c.practice("p1").orElseThrow().text()).isEqualTo("每月公文稽催");
    assertThat(c.practice("ignored")).isEmpty();
    c = PlanEdits.movePractice(c, "p2", Direction.UP);
    assertThat(PlanEdits.node(c, "i1").orElseThrow().practices())
        .extracting(Practice::id)
        .containsExactly("p2", "p1");
    c = PlanEdits.removePractice(c, "p1");
    assertThat(c.practices()).extracting(Practice::id).containsExactly("p2", "p3");
  }

  @Test
  void anUnknownIdIsNotFound() {
    assertThatThrownBy(
            () ->
                PlanEdits.editNode(
                    tree(), "nope", new Heading(NodeKind.ITEM, "x", null, null, null)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> PlanEdits.removePractice(tree(), "nope"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> PlanEdits.moveNode(tree(), "nope", Direction.UP))
        .isInstanceOf(NotFoundException.class);
    assertThat(PlanEdits.pathOf(tree(), "nope")).isEmpty();
  }

  @Test
  void theHeaderChangesWithoutTouchingTheTree() {
    PlanContent c =
        PlanEdits.withHeader(
            tree(),
            List.of(),
            List.of("零逾期"),
            List.of("全所"),
            List.of("實施要項"),
            List.of(new PlanContent.Section("管制考核", "每季")));
    assertThat(c.goals()).containsExactly("零逾期");
    assertThat(c.nodes()).isEqualTo(tree().nodes());
    assertThat(PlanChanges.between(tree(), c).headerChanged()).isTrue();
  }

  @Test
  void aRevisionsChangesAreFoundByComparingIds() {
    PlanContent before = tree();
    PlanContent after =
        PlanEdits.editPractice(
            before,
            "p1",
            new Practice("p1", "每月公文稽催", Deadline.AS_NEEDED, List.of("U1"), null, List.of()));
    after = PlanEdits.removePractice(after, "p2");
    after = PlanEdits.addPractice(after, "i2", practice("p3", "服務禮儀訓練"));
    after =
        PlanEdits.editNode(after, "d2", new Heading(NodeKind.DIMENSION, "資訊服務", "02", 300, null));
    after = PlanEdits.moveNode(after, "i2", Direction.UP);

    PlanChanges changes = PlanChanges.between(before, after);
    assertThat(changes.practicesAdded()).extracting(Practice::id).containsExactly("p3");
    assertThat(changes.practicesRemoved()).extracting(Practice::id).containsExactly("p2");
    assertThat(changes.practicesChanged())
        .singleElement()
        .satisfies(
            ch -> {
              assertThat(ch.before().text()).isEqualTo("公文稽催");
              assertThat(ch.fields()).containsExactly("text", "deadline");
            });
    assertThat(changes.nodesChanged()).extracting(PlanNode::id).containsExactly("d2");
    assertThat(changes.nodesAdded()).isEmpty();
    assertThat(changes.moved()).containsExactly("i1", "i2");
    assertThat(changes.headerChanged()).isFalse();
    assertThat(changes.none()).isFalse();
    assertThat(PlanChanges.between(before, before).none()).isTrue();
  }
}
