// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tw.civicdesk.IntegrationTest;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.organisation.TestOrganisation;
import tw.civicdesk.performance.frameworks.FrameworkEditing.NewNode;
import tw.civicdesk.performance.frameworks.FrameworkEditing.NodeEdit;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.i18n.BilingualText;

/** A system administrator edits a scoring framework; nobody else may, and nobody overwrites. */
@IntegrationTest
class FrameworkEditingTests {

  @Autowired ApplicationContext context;
  @Autowired FrameworkEditing editing;
  @Autowired Frameworks frameworks;

  StaffPrincipal admin;
  String code;

  @BeforeEach
  void aFramework() {
    TestOrganisation.Setup agency = TestOrganisation.from(context).agency("FWE", null);
    admin = agency.as(Role.SYSTEM_ADMIN);
    code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    editing.create(admin, code, new BilingualText("縣評獎", "County award"), "縣府函", 100);
  }

  private int version() {
    return editing.version(code).orElseThrow();
  }

  @Test
  void nodesAreAddedInDocumentOrderAndTheirPointsChecked() {
    String d1 =
        editing.add(
            admin,
            code,
            version(),
            new NewNode(null, NodeKind.DIMENSION, "便民", "Citizen-friendly", 60, null));
    String d2 =
        editing.add(
            admin,
            code,
            version(),
            new NewNode(null, NodeKind.DIMENSION, "創新", "Innovation", 40, null));
    String i1 =
        editing.add(
            admin, code, version(), new NewNode(d1, NodeKind.ITEM, "流程", "Process", 30, null));
    assertThat(List.of(d1, d2, i1)).containsExactly("01", "02", "01.01");

    Framework f = frameworks.find(code).orElseThrow();
    assertThat(f.computedTotal()).isEqualTo(100);
    assertThat(f.inconsistencies()).containsExactly("01");

    editing.update(
        admin,
        code,
        version(),
        100,
        List.of(new NodeEdit("01.01", "服務流程", "Service process", 60, new BigDecimal("0.5"))));
    f = frameworks.find(code).orElseThrow();
    FrameworkNode item = f.dimensions().get(0).children().get(0);
    assertThat(item.title()).isEqualTo(new BilingualText("服務流程", "Service process"));
    assertThat(item.weight()).isEqualByComparingTo("0.5");
    assertThat(f.inconsistencies()).isEmpty();

    editing.remove(admin, code, version(), "01");
    assertThat(frameworks.find(code).orElseThrow().dimensions())
        .extracting(FrameworkNode::path)
        .containsExactly("02");
    assertThat(
            editing.add(
                admin,
                code,
                version(),
                new NewNode(null, NodeKind.DIMENSION, "再加", "Again", null, null)))
        .isEqualTo("03");
  }

  @Test
  void aStaleVersionBadFieldsAndOtherRolesChangeNothing() {
    int stale = version();
    editing.add(
        admin, code, stale, new NewNode(null, NodeKind.DIMENSION, "便民", "Friendly", 60, null));
    assertThatThrownBy(
            () ->
                editing.add(
                    admin,
                    code,
                    stale,
                    new NewNode(null, NodeKind.DIMENSION, "創新", "Innovation", 40, null)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                editing.update(
                    admin,
                    code,
                    version(),
                    -1,
                    List.of(new NodeEdit("01", " ", "Friendly", -5, new BigDecimal("-1")))))
        .isInstanceOfSatisfying(
            InvalidFields.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidFields.FieldProblem::field)
                    .containsExactly(
                        "totalPoints", "nodes[0].titleZh", "nodes[0].points", "nodes[0].weight"));
    TestOrganisation.Setup other = TestOrganisation.from(context).agency("FWO", null);
    assertThatThrownBy(() -> editing.remove(other.as(Role.QUALITY_OFFICER), code, version(), "01"))
        .isInstanceOf(ForbiddenException.class);
    Framework f = frameworks.find(code).orElseThrow();
    assertThat(f.dimensions())
        .extracting(n -> n.title().zh() + " " + n.points())
        .containsExactly("便民 60");
    assertThat(f.totalPoints()).isEqualTo(100);
  }
}
