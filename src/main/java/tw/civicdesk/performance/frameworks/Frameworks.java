// SPDX-License-Identifier: EUPL-1.2
package tw.civicdesk.performance.frameworks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.civicdesk.platform.i18n.BilingualText;

/**
 * The scoring frameworks stored in {@code performance_framework} and its nodes (V24 ships the two
 * of DOMAIN.md §3), read as trees.
 */
@NamedInterface("api")
@Service
public class Frameworks {

  private final JdbcClient jdbc;

  Frameworks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every framework, by code. */
  @Transactional(readOnly = true)
  public List<Framework> all() {
    return jdbc
        .sql("select code from performance_framework order by code")
        .query(String.class)
        .list()
        .stream()
        .map(this::find)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The framework {@code code} with its whole tree, if there is one. */
  @Transactional(readOnly = true)
  public Optional<Framework> find(String code) {
    return jdbc.sql(
            "select code, name_zh, name_en, source, total_points"
                + " from performance_framework where code = ?")
        .param(code)
        .query(
            (rs, n) ->
                new Framework(
                    rs.getString("code"),
                    new BilingualText(rs.getString("name_zh"), rs.getString("name_en")),
                    rs.getString("source"),
                    (Integer) rs.getObject("total_points"),
                    tree(code)))
        .optional();
  }

  private record Row(
      String path,
      NodeKind kind,
      BilingualText title,
      @Nullable Integer points,
      @Nullable BigDecimal weight) {}

  private List<FrameworkNode> tree(String code) {
    List<Row> rows =
        jdbc.sql(
                "select path, kind, title_zh, title_en, points, weight"
                    + " from performance_framework_node where framework_code = ? order by path")
            .param(code)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getString("path"),
                        NodeKind.valueOf(rs.getString("kind")),
                        new BilingualText(rs.getString("title_zh"), rs.getString("title_en")),
                        (Integer) rs.getObject("points"),
                        rs.getBigDecimal("weight")))
            .list();
    Map<String, List<Row>> byParent = new HashMap<>();
    for (Row r : rows) {
      byParent.computeIfAbsent(parentOf(r.path()), p -> new ArrayList<>()).add(r);
    }
    return children("", byParent);
  }

  private static List<FrameworkNode> children(String parent, Map<String, List<Row>> byParent) {
    return byParent.getOrDefault(parent, List.of()).stream()
        .map(
            r ->
                new FrameworkNode(
                    r.path(),
                    r.kind(),
                    r.title(),
                    r.points(),
                    r.weight(),
                    children(r.path(), byParent)))
        .toList();
  }

  private static String parentOf(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }
}
