// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.organisation.Role;
import tw.civicdesk.organisation.StaffPrincipal;
import tw.civicdesk.platform.error.ConflictException;
import tw.civicdesk.platform.error.ForbiddenException;
import tw.civicdesk.platform.error.InvalidFields;
import tw.civicdesk.platform.error.InvalidFields.FieldProblem;
import tw.civicdesk.platform.error.InvalidInputException;
import tw.civicdesk.platform.error.NotFoundException;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * Editing the scoring frameworks (評獎架構), for system administrators only: a new framework, the
 * nodes' titles, points and weights (the weights where the sources give no points), nodes added and
 * removed. Every change names the framework's version and raises it, so that two administrators
 * editing at once never both win. Everyone else reads through {@link Frameworks}.
 */
@Service
public class FrameworkEditing {

  static final int MAX_TITLE = 300;
  private static final BigDecimal MAX_WEIGHT = new BigDecimal("999.999");

  private final JdbcClient jdbc;

  FrameworkEditing(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A node's editable fields, named by its path. */
  public record NodeEdit(
      String path,
      String titleZh,
      String titleEn,
      @Nullable Integer points,
      @Nullable BigDecimal weight) {}

  /** A node to add as the last child of {@code parentPath}, or as the last dimension. */
  public record NewNode(
      @Nullable String parentPath,
      NodeKind kind,
      String titleZh,
      String titleEn,
      @Nullable Integer points,
      @Nullable BigDecimal weight) {}

  /** The version of framework {@code code}, if there is one. */
  @Transactional(readOnly = true)
  public Optional<Integer> version(String code) {
    return jdbc.sql("select version from performance_framework where code = ?")
        .param(code)
        .query(Integer.class)
        .optional();
  }

  /** Adds an empty framework {@code code} (capitals, digits and dashes). */
  @Transactional
  public void create(
      StaffPrincipal actor,
      String code,
      BilingualText name,
      String source,
      @Nullable Integer totalPoints) {
    requireAdmin(actor);
    if (!code.matches("^[A-Z][A-Z0-9-]{1,39}$")) {
      throw invalid("code", "plans.framework.error.code");
    }
    if (version(code).isPresent()) {
      throw new ConflictException("plans.framework.error.exists", code);
    }
    jdbc.sql(
            "insert into performance_framework (code, name_zh, name_en, source, total_points)"
                + " values (?, ?, ?, ?, ?)")
        .params(code, name.zh(), name.en(), source, totalPoints)
        .update();
  }

  /** Sets the stated total and every listed node's titles, points and weight. */
  @Transactional
  public void update(
      StaffPrincipal actor,
      String code,
      int version,
      @Nullable Integer totalPoints,
      List<NodeEdit> nodes) {
    requireAdmin(actor);
    List<FieldProblem> problems = new ArrayList<>();
    if (totalPoints != null && totalPoints <= 0) {
      problems.add(new FieldProblem("totalPoints", "plans.framework.error.total", List.of()));
    }
    for (int i = 0; i < nodes.size(); i++) {
      NodeEdit n = nodes.get(i);
      check("nodes[" + i + "].", n.titleZh(), n.titleEn(), n.points(), n.weight(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    lock(code, version);
    jdbc.sql("update performance_framework set total_points = ? where code = ?")
        .params(totalPoints, code)
        .update();
    for (NodeEdit n : nodes) {
      jdbc.sql(
              "update performance_framework_node set title_zh = ?, title_en = ?, points = ?,"
                  + " weight = ? where framework_code = ? and path = ?")
          .params(n.titleZh().strip(), n.titleEn().strip(), n.points(), n.weight(), code, n.path())
          .update();
    }
  }

  /** Adds {@code node}; answers its path. */
  @Transactional
  public String add(StaffPrincipal actor, String code, int version, NewNode node) {
    requireAdmin(actor);
    List<FieldProblem> problems = new ArrayList<>();
    if (node.kind() == NodeKind.HEADING) {
      problems.add(new FieldProblem("kind", "plans.framework.error.kind", List.of()));
    }
    check("", node.titleZh(), node.titleEn(), node.points(), node.weight(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidFields(problems);
    }
    String parent =
        node.parentPath() == null || node.parentPath().isBlank() ? null : node.parentPath();
    if (parent != null && !exists(code, parent)) {
      throw invalid("parentPath", "plans.framework.error.parent");
    }
    lock(code, version);
    String path = nextChild(code, parent);
    jdbc.sql(
            "insert into performance_framework_node (framework_code, path, kind, title_zh,"
                + " title_en, points, weight) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            code,
            path,
            node.kind().name(),
            node.titleZh().strip(),
            node.titleEn().strip(),
            node.points(),
            node.weight())
        .update();
    return path;
  }

  /** Removes node {@code path} and every node below it. */
  @Transactional
  public void remove(StaffPrincipal actor, String code, int version, String path) {
    requireAdmin(actor);
    if (!exists(code, path)) {
      throw new NotFoundException("plans.framework.error.node-not-found");
    }
    lock(code, version);
    jdbc.sql(
            "delete from performance_framework_node where framework_code = ?"
                + " and (path = ? or path like ?)")
        .params(code, path, path + ".%")
        .update();
  }

  private static void check(
      String prefix,
      String zh,
      String en,
      @Nullable Integer points,
      @Nullable BigDecimal weight,
      List<FieldProblem> problems) {
    if (zh.isBlank() || zh.length() > MAX_TITLE) {
      problems.add(
          new FieldProblem(prefix + "titleZh", "plans.framework.error.title", List.of(MAX_TITLE)));
    }
    if (en.isBlank() || en.length() > MAX_TITLE) {
      problems.add(
          new FieldProblem(prefix + "titleEn", "plans.framework.error.title", List.of(MAX_TITLE)));
    }
    if (points != null && points < 0) {
      problems.add(new FieldProblem(prefix + "points", "plans.framework.error.points", List.of()));
    }
    if (weight != null
        && (weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.scale() > 3)) {
      problems.add(new FieldProblem(prefix + "weight", "plans.framework.error.weight", List.of()));
    }
  }

  private boolean exists(String code, String path) {
    return jdbc.sql(
                "select count(*) from performance_framework_node where framework_code = ?"
                    + " and path = ?")
            .params(code, path)
            .query(Integer.class)
            .single()
        > 0;
  }

  private String nextChild(String code, @Nullable String parent) {
    String pattern =
        parent == null ? "^[0-9]{2}$" : "^" + parent.replace(".", "\\.") + "\\.[0-9]{2}$";
    int last =
        jdbc.sql(
                "select coalesce(max(cast(right(path, 2) as integer)), 0)"
                    + " from performance_framework_node where framework_code = ? and path ~ ?")
            .params(code, pattern)
            .query(Integer.class)
            .single();
    if (last >= 99) {
      throw new InvalidInputException("plans.framework.error.full");
    }
    String segment = (last + 1 < 10 ? "0" : "") + (last + 1);
    return parent == null ? segment : parent + "." + segment;
  }

  private void lock(String code, int version) {
    int updated =
        jdbc.sql(
                "update performance_framework set version = version + 1"
                    + " where code = ? and version = ?")
            .params(code, version)
            .update();
    if (updated == 0) {
      if (version(code).isEmpty()) {
        throw new NotFoundException("plans.framework.not-found");
      }
      throw new ConflictException("plans.framework.error.concurrent-change");
    }
  }

  private static void requireAdmin(StaffPrincipal actor) {
    if (!actor.has(Role.SYSTEM_ADMIN)) {
      throw new ForbiddenException("performance.plan.error.forbidden");
    }
  }

  private static InvalidFields invalid(String field, String key) {
    return new InvalidFields(List.of(new FieldProblem(field, key, List.of())));
  }
}
