// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.platform.i18n.BilingualText;

/** The scoring frameworks shipped with V24, read back as trees, and their totals. */
@IntegrationTest
class FrameworksTests {

  @Autowired Frameworks frameworks;

  private static List<String> titles(List<FrameworkNode> nodes) {
    return nodes.stream().map(n -> n.title().zh() + " " + n.points()).toList();
  }

  @Test
  void theOlderFrontLineAwardAddsUpToOneThousandPointsFromItsThreeDimensions() {
    Framework award = frameworks.find("SQA-FRONTLINE").orElseThrow();

    assertThat(award.totalPoints()).isEqualTo(1000);
    assertThat(award.computedTotal()).isEqualTo(1000);
    assertThat(award.inconsistencies()).isEmpty();
    assertThat(titles(award.dimensions()))
        .containsExactly("優質便民服務 400", "資訊網路服務 300", "創新加值服務 300");
    assertThat(titles(award.dimensions().get(0).children()))
        .containsExactly("服務流程 200", "機關形象 100", "顧客關係 100");
    assertThat(titles(award.dimensions().get(1).children()))
        .containsExactly("資訊提供及檢索服務 100", "線上服務及網路參與 200");
    assertThat(award.dimensions().get(0).children().get(1).children())
        .extracting(n -> n.title().zh() + " " + n.kind())
        .containsExactly("洽公環境 INDICATOR", "服務設施 INDICATOR", "服務親和（服務禮儀） INDICATOR");
  }

  @Test
  void theGovernmentServiceAwardHasFourDimensionsAndOpenInnovationWithNoPointsGiven() {
    Framework award = frameworks.find("GSA-OVERALL").orElseThrow();

    assertThat(award.dimensions())
        .extracting(n -> n.title().zh())
        .containsExactly("基礎服務", "服務遞送", "服務量能", "服務評價", "開放創新");
    assertThat(award.dimensions())
        .extracting(n -> n.children().size())
        .containsExactly(2, 3, 2, 2, 2);
    assertThat(award.dimensions().get(0).children().get(0).children())
        .extracting(n -> n.title().zh())
        .contains("服務及時性（處理時限內完成之案件比率）");
    assertThat(award.totalPoints()).isNull();
    assertThat(award.computedTotal()).as("the sources give no weights").isNull();
    assertThat(award.inconsistencies()).isEmpty();
    assertThat(frameworks.all())
        .extracting(Framework::code)
        .contains("GSA-OVERALL", "SQA-FRONTLINE");
  }

  @Test
  void aFrameworkWhosePointsDoNotAddUpNamesTheNodesAndTheTotal() {
    FrameworkNode item =
        new FrameworkNode("01.01", NodeKind.ITEM, text("服務流程"), 150, null, List.of());
    FrameworkNode other =
        new FrameworkNode("01.02", NodeKind.ITEM, text("機關形象"), 100, null, List.of());
    FrameworkNode dimension =
        new FrameworkNode(
            "01", NodeKind.DIMENSION, text("優質便民服務"), 400, null, List.of(item, other));
    Framework edited = new Framework("EDITED", text("改過的架構"), "test", 1000, List.of(dimension));

    assertThat(edited.computedTotal()).isEqualTo(400);
    assertThat(edited.inconsistencies()).containsExactly("total", "01");
  }

  private static BilingualText text(String zh) {
    return new BilingualText(zh, "");
  }
}
